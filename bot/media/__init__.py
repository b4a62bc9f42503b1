"""Media helpers: what a file really is, and (later) image, audio and video handling."""
