"""Reading invoices and receipts: layout, amounts, dates, rule extraction and validation.

Pure functions over OCR output, so the `invoice` skill, the benchmark and the
tests share one implementation and none of them needs a model to run it.
"""
