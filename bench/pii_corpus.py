"""An English and Chinese PII evaluation set, generated with Faker from templates.

    python bench/pii_corpus.py [--part develop|measure] [--docs 3000] [--seed 7]
                               [--show 10] [--jsonl out.jsonl]

Each template is a chat message, an invoice or a set of meeting notes with
placeholders; Faker (en_US, en_GB, en_AU, en_IN, en_CA, fr_FR, de_DE, es_ES, pt_BR
phones, zh_CN) and a few generators here fill them, and the exact character span
and type of every personal value is recorded as it is filled (the approach of
presidio-research's data generator). Look-alikes that must be left alone (amounts,
dates, times, invoice and order numbers, products, companies, cities named alone,
card endings, payment references, SKUs, build numbers) are filled the same way and
recorded as decoys, so a report can say which of them a redactor took.

Templates are split once, by a hash of each template with a fixed seed, into a
`develop` and a `measure` part (about half of every language and group in each, so
both parts cover every type): a detector is tuned on one and reported on the other,
whose templates it has never seen. `--seed` changes the values filled in, never
the split. The set is deterministic for a given seed and Faker version.

A gold span carries a tag for the breakdowns: names `cue` (a label, title or 先生)
or `nocue` (bare in prose); addresses, phones and cards their form or locale.
The templates are written for this set: none is a sentence from tests/.
"""

from __future__ import annotations

import argparse
import hashlib
import ipaddress
import json
import random
import re
import string
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass, field

from faker import Faker
from stdnum import iban as stdnum_iban
from stdnum import luhn
from stdnum.cn import ric
from stdnum.iso7064 import mod_97_10

#: Fixed: the develop/measure split must not move when --seed does.
SPLIT_SEED = "pii-split-122"
PARTS = ("develop", "measure")

EN_LOCALES = {
    "en_US": 3,
    "en_GB": 2,
    "en_AU": 1,
    "en_IN": 2,
    "en_CA": 1,
    "fr_FR": 1,
    "de_DE": 1,
    "es_ES": 1,
}


@dataclass(frozen=True, slots=True)
class Gold:
    start: int
    end: int
    type: str
    tag: str = ""


@dataclass(frozen=True, slots=True)
class Decoy:
    start: int
    end: int
    kind: str


@dataclass
class Record:
    id: str
    lang: str
    genre: str
    group: str
    template_id: str
    text: str
    gold: list[Gold] = field(default_factory=list)
    decoys: list[Decoy] = field(default_factory=list)


@dataclass(frozen=True)
class Template:
    lang: str
    group: str
    genre: str
    text: str

    @property
    def id(self) -> str:
        digest = hashlib.sha1(self.text.encode()).hexdigest()[:8]
        return f"{self.lang}.{self.group}.{digest}"


# ---------------------------------------------------------------------------------------
# Templates. `{kind}`, `{kind:locale}` or `{kind|tag}`: see FILLERS for the kinds. A NAME
# placeholder's tag is its group's default (NAME_TAG) unless written after `|`.
# ---------------------------------------------------------------------------------------

EN_TEMPLATES: dict[tuple[str, str], list[str]] = {
    ("name_nocue", "chat"): [
        "can you loop in {name} before we sign anything?",
        "{first} is off sick today so I'm covering her accounts until Monday",
        "{name} and {name} both approved the purchase order this morning",
        "just got off the phone with {name}, they want a revised quote by {date}",
        "{first} and I are doing lunch Thursday, want to come?",
        "I think {first} still has the keys to the storeroom",
        "ask {name} whether the shipment cleared customs yet",
        "{name} left the company last month, please reassign her tickets",
        "my daughter {first} starts school next week so I'll be in late",
        "congrats to {name} on ten years with us!",
        "sorry, {first} beat me to it - the report is already uploaded",
        "{name} owns procurement now, so this one goes to her",
        "who is {name}? they keep writing to the support inbox",
        "{name} from accounts says the refund went through",
        "happy birthday {first}! cake in the kitchen at {time}",
        "{first}, can you take the {time} call with the auditors?",
        "I'll message {first} and {first} regarding the offsite",
        "per {name}'s note the travel budget is frozen until {month}",
        "visiting my uncle {name} in hospital, back tomorrow",
        "@{first} the courier is waiting downstairs",
        "thanks {first}, that fixed it",
        "{name} signed for the parcel at reception around {time}",
        "my husband {first} will pick up the laptop on my behalf",
        "does anyone have a number for {name}? her old one bounces",
        "{name} is taking over the {city} accounts from {first}",
        "we hired {name} as the new controller, first day is {date}",
        "if {first} asks, the invoice went out on {date}",
        "{name} is joining the call late, start without him",
        "I owe {first} a coffee for sorting out the VAT return",
        "passing the mic to {name} for the quarterly numbers",
    ],
    ("name_cue", "chat"): [
        "From: {name}\nSent: {date}\nSubject: overdue balance",
        "Customer name: {name}, order {order}",
        "Dear {title} {last}, please find the statement for {month} attached.",
        "Regards,\n{name}\nHead of Finance",
        "Sales rep: {name} | region: {city}",
        "Account holder: {name}",
        "Passenger {title} {name}, seat 14C, flight {flight}",
        "cc: {name}; {name}",
        "Approved by: {name} on {date}",
        "Driver: {name}, vehicle {plate}",
        "Emergency contact - {name} (sister)",
        "Hi {title} {last}, your booking for {date} is confirmed.",
        "Requested by {name}, due {date}",
        "Signed, {title} {name}",
    ],
    ("address", "chat"): [
        "please send the replacement unit to {address}",
        "we moved! new address is {address}",
        "I'm working from my parents' place at {address} this week",
        "drop-off point for the samples: {address}",
        "can you courier the signed contract to {address} by Friday?",
        "the keys are with my neighbour at {street}",
        "cheques go to {pobox}, not the office",
        "my brother is deployed, post for him goes to {military}",
        "Return label: {address}",
        "my flat at {street} flooded, working remotely today",
        "invoice says {address} but I left that flat in {month}",
        "the delivery for {name|nocue} should go to {address}, not the office",
        "until further notice my post should go to {address}",
        "we're having the team dinner at my place, {address}, around {time}",
        "the landlord wants the deposit returned to {address}",
        "she lives at {street} now, the old place was sold",
        "for the visa letter use my home address: {address}",
        "send the gift to {address}, it's a surprise",
        "parcel stuck at the depot, label reads {address}",
        "please update my billing address to {address}",
    ],
    ("phone", "chat"): [
        "call me on {phone} if the driver can't find the gate",
        "text before calling: {phone} is my mobile",
        "text {first|nocue} on {phone} when you arrive",
        "Tel. {phone} | Fax {phone}",
        "WhatsApp: {phone}",
        "new number: {phone}, the old one is disconnected",
        "you can reach the night nurse at {phone}",
        "at home I'm on {phone7}, the mobile has no signal here",
        "Ph {phone} (after {time})",
        "my cell {phone} works better than the desk phone",
        "phone number for the reference check: {phone}",
        "my landline is {phone7}, call after six",
        "Mobile: {phone} / Home: {phone}",
        "her direct line is {phone}",
        "my colleague in Rio, call her on {phone:pt_BR}",
        "Tel {phone_intl}",
        "if it's urgent my number is {phone_intl}",
        "best number to reach me: {phone}",
    ],
    ("card", "chat"): [
        "the card I used was {card}, expiry {exp}",
        "Visa {visa} was declined twice at checkout",
        "can you refund it to the Mastercard {mastercard}?",
        "my debit card {card} got swallowed by the ATM",
        "Card: {card} - CVV over the phone only",
        "charge the corporate Amex {amex} for the hotel",
        "Payment method: credit card {card}",
        "new card no. {card} replaces the old one",
        "the card is {card}, name on card {name|cue}",
        "please cancel card {card}, I lost my wallet",
        "bank card {card} exp {exp}",
        "paying by card {card} for {amount}",
    ],
    ("mail_bank", "chat"): [
        "my personal email is {email}, please use that from now on",
        "{email} keeps bouncing, is the mailbox full?",
        "send the payslips to {email} and {email}",
        "invoices go to {email} from {month} on",
        "reply to {email} rather than the shared inbox",
        "Bank details - IBAN {iban}, BIC {bic}",
        "pay the deposit into {iban} please",
        "IBAN: {iban} (account holder {name|cue})",
        "Refund IBAN {iban}, reference {invoice_no}",
        "new bank account for my salary: {iban}",
    ],
    ("ids_net", "chat"): [
        "SSN {ssn} for the W-4",
        "my social security number is {ssn}",
        "employee SSN: {ssn}",
        "the background check needs your SSN, I have {ssn} on file - correct?",
        "Social Security No. {ssn}",
        "SSN on the 1099 should be {ssn}, not the old one",
        "contractor form: SSN {ssn}, start date {date}",
        "the VPN logs show logins from {ip} and {ip}",
        "my home machine is {ip}, please allow it through the firewall",
        "whitelist {ipv6} for the remote desktop",
        "someone at {ip} tried my account 40 times",
        "bot token {secret} - rotate it after the demo",
        "leaked key in the channel: {secret}",
        "password: {password}",
    ],
}

EN_DOCUMENTS: dict[tuple[str, str], list[str]] = {
    ("invoice", "invoice"): [
        "INVOICE {invoice_no}\nDate: {date}\nBill to: {name}\n{address_lines}\nTel: {phone}\n"
        "Email: {email}\n{qty} x {product} @ {price}\nTotal due: {amount}\n"
        "Pay to IBAN {iban} by {date}",
        "Receipt {invoice_no} - {company}\nCustomer: {name}\nPaid {amount} by card {card}\n"
        "Served by {first} at {time}",
        "Remittance advice\nPayee: {name}\nAccount: {iban}\nAmount: {amount}\nReference: {rf_ref}\n"
        "Contact: {email}, {phone}",
        "Refund request\nName: {name}\nAddress: {address}\nPhone: {phone}\nOriginal order {order}, "
        "{amount}\nRefund to card {card}",
        "Tax invoice {invoice_no}\nSupplier: {company}\nShip to: {name}, {address}\nSKU {sku} "
        "{product} x{qty}\nSubtotal {amount} VAT {price}\nDue {date}",
        "Pro forma {invoice_no} for {company}\nAttention: {name}\nDeliver to {address_lines}\n"
        "Mobile {phone}\nPO {po}",
        "Statement for {month}\n{name|nocue}\n{street}\nOpening balance {amount}\n"
        "Payments {amount}\nCard on file {card}",
        "Credit note {invoice_no}\nIssued to {name} ({email})\nAgainst order {order}, {amount}\n"
        "Bank: {iban}",
    ],
    ("meeting", "meeting"): [
        "Weekly ops sync, {date} {time}\nAttendees: {name}, {name}, {name}\n"
        "- {first|nocue} to chase {company} about order {order}\n- budget {amount} signed off\n"
        "- next meeting at the {city} office",
        "Notes from the {city} site visit ({date})\nPresent: {name}, {name}\n"
        "{first|nocue} raised the lease renewal with {company}; landlord's number is {phone}\n"
        "Action: {name|nocue} to send the floor plan",
        "Board prep\n1. {name|nocue} presents {month} results ({amount})\n"
        "2. {name|nocue} and {name|nocue} on hiring\n"
        "3. AOB: {name|nocue} now works from home at {address}",
        "Interview debrief - candidate {name}\nPanel: {name}, {name}\nPhone screen on {phone}, "
        "follow-up via {email}\nDecision by {date}",
        "Project {product} retro\n- {first|nocue} found the bug in build {version}\n"
        "- {first|nocue} will pair with {first|nocue} on the {city} rollout\n"
        "- demo server {ip}",
        "Client call with {company}, {time}\nOn the line: {name} (their CFO), {name}\n"
        "They will wire {amount} to {iban}\nFollow-up: {name|nocue} to send the contract to "
        "{address}",
        "HR catch-up\n{name|nocue} returns from leave on {date}\nnew hire {name} starts in the "
        "{city} team, payroll needs SSN {ssn}\nlaptop goes to {address}",
        "Minutes {date}\nChair: {name}\nApologies: {name}\n- {name|nocue} reported {pct} growth in "
        "{month}\n- {first|nocue} to call the supplier back on {phone}",
    ],
    ("negative", "chat"): [
        "Invoice {invoice_no} for {amount} is due on {date}.",
        "Heating in the {city} office is off until {date}.",
        "{company} raised its prices by {pct} this quarter.",
        "Order {order} ({qty} x {product}) shipped on {date}.",
        "Mark the {product} order as paid once {company} confirms.",
        "Will the {city} warehouse have stock by {month}?",
        "Grace period ends {date}; the late fee is {amount}.",
        "We're moving the standup to {time}, room {room}.",
        "Tracking number {tracking}, delivery expected {date}.",
        "PO {po} was approved against budget line {gl}.",
        "Quote {invoice_no} for the {product} expires on {date}.",
        "Flight {flight} lands in {city} at {time}.",
        "Our {city} and {city} teams hit {pct} of target in {month}.",
        "Version {version} of the expense app is live.",
        "Paid {amount} with the card ending {last4}.",
        "Received payment reference {rf_ref} from {company}.",
        "Ticket {ticket} reopened: the {product} still overheats.",
        "Sales in {month} were {amount}, up from {amount} in {month}.",
        "The {company} contract renews on {date} on the same terms.",
        "Firmware build {version4} fixes the Wi-Fi drops on the {product}.",
        "Batch {batch} of the {product} expires {date}.",
        "Dial extension {ext} for the front desk.",
        "SKU {sku} is out of stock until {date}.",
        "Bill the {company} project for {qty} hours at {price}.",
        "Can {company} deliver {qty} units of {product} to the {city} depot by {date}?",
        "The {city} launch slipped to {date} at {time}.",
        "Expense report {invoice_no}: taxis {amount}, hotel {amount}.",
        "Use cost centre {gl} for the {product} licences.",
    ],
}

ZH_TEMPLATES: dict[tuple[str, str], list[str]] = {
    ("name_prose", "chat"): [
        "{name_zh}昨天下午已经确认了报价",
        "麻烦跟{name_zh}说一下，会议改到{time_zh}",
        "{name_zh}和{name_zh}负责这次的验收",
        "我刚和{name_zh}通了电话，她同意延期",
        "这个月的报销单{name_zh}还没签字",
        "请{name_zh}把合同扫描件发到群里",
        "{name_zh}下周出差去{city_zh}，回来再说",
        "听{name_zh}说仓库的货已经到了",
        "{name_zh}的孩子今天生病，请假一天",
        "恭喜{name_zh}升任部门主管！",
        "@{name_zh} 合同第三页需要你确认一下",
        "我已经把发票转给{name_zh}了",
        "{name_zh}说快递还没收到，能查一下吗",
        "明天{name_zh}请假，由{name_zh}代班",
        "谢谢{name_zh}帮忙整理会议纪要",
        "客户那边现在由{name_zh}对接",
        "{name_zh}刚入职，账号还没开通",
        "这批样品是{name_zh}从{city_zh}带回来的",
        "周五之前{name_zh}要交季度报告",
        "问问{name_zh}报销流程走到哪一步了",
        "我和{name_zh}下午去银行办手续",
        "{name_zh}把付款截图发我了，金额{amount_zh}",
    ],
    ("name_cue", "chat"): [
        "收件人：{name_zh}，明天上午送到",
        "{name_zh}经理明天回来，到时候再签",
        "经办人：{name_zh}",
        "{name_zh}女士的订单已经退款了",
        "申请人 {name_zh}  部门：财务部",
        "请转告{name_zh}老师，材料已经收到",
        "开票人：{name_zh}  复核：{name_zh}",
    ],
    ("phone", "chat"): [
        "电话：{phone_zh}",
        "有事打我手机{phone_zh}",
        "座机{landline_zh}，工作日都在",
        "联系方式 {phone_zh}（微信同号）",
        "她的号码是{phone_zh}，你直接打吧",
        "快递员电话{phone_zh}，到了会联系",
        "办公室电话 {landline_zh}",
        "手机号改成{phone_zh}了，旧号不用了",
        "客户留的电话是{phone_zh}",
    ],
    ("cn_id", "chat"): [
        "身份证：{cn_id}",
        "请核对身份证号码{cn_id}是否正确",
        "{name_zh}的证件号{cn_id}，用于办理入职",
        "订机票需要身份证号，我的是{cn_id}",
        "公民身份号码 {cn_id}",
    ],
    ("address", "chat"): [
        "收货地址：{address_zh}",
        "快递寄到{address_zh}，谢谢",
        "我们家搬到{address_zh}了",
        "样品请寄{address_zh}，{name_zh|cue}收",
        "我下周住在{address_zh}，有事找我",
        "退货请寄回{address_zh}",
        "钥匙放在{address_zh}的物业",
        "新家地址{address_zh}，欢迎来玩",
    ],
    ("structured", "chat"): [
        "我的邮箱是{email_zh}，文件发这里",
        "请把对账单发到{email_zh}",
        "银行卡号：{card}",
        "退款请退到我的信用卡{card}",
        "请转账到账户{iban}，备注订单号",
        "服务器IP {ip}，密码另发",
        "这个登录地址{ip}不是我们公司的",
        "工资卡号{card}，开户行招商银行",
        "邮箱：{email_zh}",
        "账号{iban}，户名{name_zh|cue}",
        "这是我的新邮箱{email_zh}，旧的停用了",
        "刷卡的卡号是{card}，请核对",
        "VPN登录IP：{ip}",
    ],
}

ZH_DOCUMENTS: dict[tuple[str, str], list[str]] = {
    ("document", "invoice"): [
        "发票抬头：{company_zh}\n纳税人识别号：{taxid_zh}\n"
        "收货人：{name_zh|cue}  电话：{phone_zh}\n地址：{address_zh}\n金额：{amount_zh}",
        "订单{order_zh}\n收件人：{name_zh|cue}\n手机：{phone_zh}\n配送地址：{address_zh}\n"
        "商品：{product_zh} x{qty}",
        "报销单\n申请人：{name_zh|cue}\n身份证号：{cn_id}\n银行卡：{card}\n合计{amount_zh}",
    ],
    ("document", "meeting"): [
        "会议纪要（{date_zh}）\n参会人：{name_zh|cue}、{name_zh|cue}、{name_zh|cue}\n"
        "1. {name_zh}负责联系{company_zh}，对方电话{phone_zh}\n2. 预算{amount_zh}，{date_zh}前确认",
        "周例会 {date_zh}\n{name_zh}：{city_zh}项目进度正常\n{name_zh}：下周去{address_zh}看场地\n"
        "{name_zh}：新同事邮箱{email_zh}",
        "项目复盘\n主持：{name_zh|cue}\n记录：{name_zh|cue}\n问题：{product_zh}返修率偏高，"
        "{name_zh}跟进\n供应商联系人手机{phone_zh}",
    ],
    ("negative", "chat"): [
        "发票号码{invoice_zh}，金额{amount_zh}，开票日期{date_zh}",
        "周一上午把方案发给{company_zh}",
        "{city_zh}办公室{date_zh}{time_zh}开会",
        "马上把金额核对一下，合计{amount_zh}",
        "订单{order_zh}已发货，预计{date_zh}到达",
        "{product_zh}采购{qty}台，单价{amount_zh}",
        "高兴地通知大家，{city_zh}分公司本季度完成{pct}",
        "黄金周期间{city_zh}仓库暂停发货",
        "请张贴通知：{date_zh}起停车场关闭",
        "常规检查安排在{date_zh}{time_zh}",
        "江苏和浙江的客户都要求{date_zh}前交货",
        "方案第三版已经上传，版本号{version}",
        "本月报销{amount_zh}，差旅占{pct}",
        "{company_zh}的合同{date_zh}到期，续签条件不变",
        "快递单号{tracking_zh}，请注意查收",
        "白色款{product_zh}缺货，黑色款还有{qty}台",
    ],
}

#: A NAME placeholder's tag where the template does not give one.
NAME_TAG = {"name_nocue": "nocue", "name_prose": "nocue", "document": "nocue"}


def templates() -> list[Template]:
    found = []
    for lang, table in (
        ("en", EN_TEMPLATES),
        ("en", EN_DOCUMENTS),
        ("zh", ZH_TEMPLATES),
        ("zh", ZH_DOCUMENTS),
    ):
        for (group, genre), texts in table.items():
            found.extend(Template(lang, group, genre, text) for text in texts)
    return found


def split(all_templates: list[Template]) -> dict[str, list[Template]]:
    """Each template goes to `measure` or `develop` by a hash of its id and SPLIT_SEED:
    editing or adding one template moves no other. SPLIT_SEED was picked once so that
    every language and group falls about half and half (within two templates)."""
    parts: dict[str, list[Template]] = {part: [] for part in PARTS}
    for template in all_templates:
        digest = hashlib.sha1(f"{SPLIT_SEED}:{template.id}".encode()).digest()
        parts[PARTS[digest[-1] % 2]].append(template)
    return parts


# ---------------------------------------------------------------------------------------
# Values
# ---------------------------------------------------------------------------------------

REAL_CITIES = [
    "Berlin",
    "London",
    "Paris",
    "Lyon",
    "Madrid",
    "Sydney",
    "Melbourne",
    "Toronto",
    "Vancouver",
    "Mumbai",
    "Bangalore",
    "Chicago",
    "Austin",
    "Dublin",
    "Singapore",
    "Frankfurt",
    "Manchester",
    "Denver",
    "Seattle",
    "Auckland",
    "Pune",
    "Leeds",
]
CITIES_ZH = [
    "北京",
    "上海",
    "深圳",
    "杭州",
    "成都",
    "武汉",
    "广州",
    "南京",
    "苏州",
    "西安",
    "重庆",
    "天津",
    "厦门",
    "长沙",
]
PRODUCTS = (
    "ThinkPad X1 Carbon",
    "UltraSharp U2723QE monitor",
    "Aeron chair",
    "iPhone 15 Pro",
    "Galaxy Tab S9",
    "LaserJet Pro M404dn",
    "MX Master 3S mouse",
    "Surface Hub 2S",
    "Nespresso Vertuo",
    "standing desk",
    "Jabra Evolve2 headset",
    "label printer",
)
PRODUCTS_ZH = (
    "华为Mate 60 Pro",
    "联想ThinkPad X1",
    "小米14",
    "格力空调KFR-35GW",
    "得力A4打印纸",
    "戴尔显示器U2723QE",
    "办公椅",
)
BRANDS = (
    "Siemens",
    "Deloitte",
    "Tata Consultancy Services",
    "Procter & Gamble",
    "Johnson Controls",
    "Morgan Stanley",
    "Ernst & Young",
    "Marks & Spencer",
    "Tesco",
    "Infosys",
    "Atlassian",
    "Shopify",
)
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
ROADS_ZH = [
    "建设",
    "人民",
    "中山",
    "解放",
    "和平",
    "学院",
    "科技",
    "文三",
    "长江",
    "黄河",
    "新华",
    "青年",
    "光明",
    "东风",
    "迎宾",
    "滨江",
    "望京",
    "金桥",
    "世纪",
    "南京",
]
ESTATES_ZH = ["阳光花园", "翠苑", "锦绣华庭", "金色家园", "万科城", "绿地公馆", "碧桂园"]


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _one_line(text: str) -> str:
    return ", ".join(line.strip(" ,") for line in text.strip().splitlines() if line.strip(" ,"))


class Fillers:
    """Every placeholder kind: a function of the record's locale giving (text, tag)."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.fakers: dict[str, Faker] = {}
        self.seed = seed

    def faker(self, locale: str) -> Faker:
        if locale not in self.fakers:
            fake = Faker(locale)
            fake.seed_instance(f"{self.seed}:{locale}")
            self.fakers[locale] = fake
        return self.fakers[locale]

    # names ----------------------------------------------------------------------------
    def first(self, locale: str) -> str:
        return self.faker(locale).first_name()

    def last(self, locale: str) -> str:
        return self.faker(locale).last_name()

    def name(self, locale: str) -> str:
        fake, rng = self.faker(locale), self.rng
        first, last = fake.first_name(), fake.last_name()
        if locale == "es_ES" and rng.random() < 0.5:
            last = f"{last} {fake.last_name()}"
        if locale in ("en_US", "en_CA") and rng.random() < 0.15:
            return f"{first} {rng.choice(string.ascii_uppercase)}. {last}"
        return f"{first} {last}"

    def title(self, locale: str) -> str:
        return self.rng.choice(["Mr", "Ms", "Mrs", "Dr", "Mr.", "Ms.", "Dr."])

    def name_zh(self, locale: str) -> str:
        return self.faker("zh_CN").name()

    # addresses ------------------------------------------------------------------------
    def address(self, locale: str) -> tuple[str, str]:
        roll = self.rng.random()
        if roll < 0.06:
            return self.military(locale)
        if roll < 0.12:
            return self.pobox(locale)
        return self._address(locale, one_line=True)

    def address_lines(self, locale: str) -> tuple[str, str]:
        return self._address(locale, one_line=False)

    def _address(self, locale: str, one_line: bool) -> tuple[str, str]:
        fake, rng = self.faker(locale), self.rng
        if locale == "fr_FR":
            street = fake.street_name()
            unit = f", Apt. {rng.randint(1, 40)}" if rng.random() < 0.4 else ""
            lines = [f"{rng.randint(1, 180)}{rng.choice([', ', ' '])}{street}{unit}"]
            lines.append(
                f"{fake.postcode()} {fake.city()}"
                if rng.random() < 0.5
                else f"{fake.city()} {fake.postcode()}"
            )
        elif locale == "de_DE":
            lines = [fake.street_address(), f"{fake.postcode()} {fake.city()}"]
        elif locale == "es_ES":
            lines = [fake.street_address().strip(), f"{fake.postcode()} {fake.city()}"]
        else:
            lines = fake.address().splitlines()
            if locale == "en_US" and any(m in lines[-1] for m in ("APO ", "FPO ", "DPO ")):
                locale = "military"
        text = _one_line("\n".join(lines)) if one_line else "\n".join(s.strip() for s in lines)
        return text, locale

    def street(self, locale: str) -> tuple[str, str]:
        fake = self.faker(locale)
        if locale == "fr_FR":
            return f"{self.rng.randint(1, 180)} {fake.street_name()}", locale
        return _one_line(fake.street_address()), locale

    def military(self, locale: str) -> tuple[str, str]:
        fake, rng = self.faker("en_US"), self.rng
        state, postcode = fake.military_state(), fake.postcode()
        form = rng.choice(["apo", "dpo", "fpo"])
        if form == "apo":
            return f"{fake.military_apo()}, APO {state} {postcode}", "military"
        if form == "dpo":
            return f"{fake.military_dpo()}, DPO {state} {postcode}", "military"
        return f"{fake.military_ship()} {fake.last_name()}, FPO {state} {postcode}", "military"

    def pobox(self, locale: str) -> tuple[str, str]:
        rng = self.rng
        number = rng.randint(10, 99999)
        if locale == "en_AU":
            fake = self.faker(locale)
            return f"GPO Box {number}, {fake.city()} {fake.state_abbr()} {fake.postcode()}", "pobox"
        if locale == "en_GB":
            fake = self.faker(locale)
            return f"PO Box {number}, {fake.city()}, {fake.postcode()}", "pobox"
        fake = self.faker("en_US")
        box = rng.choice(["PO Box", "P.O. Box", "POB"])
        return f"{box} {number}, {fake.city()}, {fake.state_abbr()} {fake.zipcode()}", "pobox"

    def address_zh(self, locale: str) -> tuple[str, str]:
        fake, rng = self.faker("zh_CN"), self.rng
        province = fake.province()
        city = "" if province.endswith("市") else fake.city_name() + "市"
        district = fake.district() + rng.choice(["区", "区", "县"])
        road = rng.choice(ROADS_ZH) + rng.choice(["", "", "东", "西", "南", "北"])
        road += rng.choice(["路", "路", "街", "大道"])
        number = f"{rng.randint(1, 999)}号"
        extra = rng.choice(
            [
                "",
                f"{rng.randint(1, 30)}栋{rng.randint(1, 6)}单元{rng.randint(101, 3204)}室",
                f"{rng.randint(1, 12)}号楼{rng.randint(1, 28)}0{rng.randint(1, 8)}室",
                f"{rng.choice('ABCD')}座{rng.randint(1, 40)}0{rng.randint(1, 9)}",
                f"{rng.choice(ESTATES_ZH)}{rng.randint(1, 20)}栋{rng.randint(101, 2808)}",
            ]
        )
        form = rng.random()
        if form < 0.4:
            text = province + city + district + road + number + extra
        elif form < 0.8:
            text = (city or province) + district + road + number + extra
        else:
            text = district + road + number + extra
        return text, "zh"

    # phones ---------------------------------------------------------------------------
    def phone(self, locale: str) -> tuple[str, str]:
        return self.faker(locale).phone_number(), locale

    def phone7(self, locale: str) -> tuple[str, str]:
        rng = self.rng
        head, tail = str(rng.randint(200, 999)), _digits(rng, 4)
        return head + rng.choice([" ", "-", ""]) + tail, "7-digit"

    def phone_intl(self, locale: str) -> tuple[str, str]:
        rng = self.rng
        for _ in range(50):
            other = rng.choice([*EN_LOCALES, "pt_BR"])
            number = self.faker(other).phone_number()
            if number.startswith("+"):
                return number, "intl"
        return f"+44 7{_digits(rng, 3)} {_digits(rng, 6)}", "intl"

    def phone_zh(self, locale: str) -> tuple[str, str]:
        rng = self.rng
        number = self.faker("zh_CN").phone_number()
        form = rng.choice(["plain", "plain", "space", "dash", "intl"])
        if form == "space":
            return f"{number[:3]} {number[3:7]} {number[7:]}", "zh-mobile"
        if form == "dash":
            return f"{number[:3]}-{number[3:7]}-{number[7:]}", "zh-mobile"
        if form == "intl":
            return f"+86 {number[:3]} {number[3:7]} {number[7:]}", "zh-mobile"
        return number, "zh-mobile"

    def landline_zh(self, locale: str) -> tuple[str, str]:
        rng = self.rng
        area = rng.choice(["010", "021", "022", "023", "020", "0755", "0571", "028", "027", "025"])
        local = str(rng.randint(2, 8)) + _digits(rng, 7 if len(area) == 3 else rng.choice([6, 7]))
        form = rng.choice(["dash", "paren", "space"])
        if form == "paren":
            return f"({area}){local[:4]}-{local[4:]}", "zh-landline"
        if form == "space":
            return f"{area} {local[:4]} {local[4:]}", "zh-landline"
        return f"{area}-{local}", "zh-landline"

    # numbers with check digits --------------------------------------------------------
    _CARD_BRANDS = (
        (("4",), (16, 16, 16, 13, 19)),
        (("51", "52", "53", "54", "55", "2221", "2720"), (16,)),
        (("34", "37"), (15,)),
        (("6011", "65"), (16, 19)),
        (("62",), (16, 17, 19)),
        (("35",), (16,)),
        (("36", "38"), (14,)),
        (("50", "56", "58", "6759", "6304"), (12, 13, 15, 16, 18, 19)),
    )

    def card(self, locale: str, brand: tuple | None = None) -> tuple[str, str]:
        rng = self.rng
        prefixes, lengths = brand or rng.choice(self._CARD_BRANDS)
        prefix, length = rng.choice(prefixes), rng.choice(lengths)
        body = prefix + _digits(rng, length - len(prefix) - 1)
        check = luhn.calc_check_digit(body)
        valid = rng.random() < 0.85
        if not valid:
            check = str((int(check) + rng.randint(1, 9)) % 10)
        number = body + check
        tag = ("luhn" if length > 13 else "luhn-12/13") if valid else "no-luhn"
        style = rng.choice(["plain", "space", "space", "dash"])
        if style == "plain":
            return number, tag
        sep = " " if style == "space" else "-"
        if length == 15:
            return sep.join([number[:4], number[4:10], number[10:]]), tag
        if length == 14:
            return sep.join([number[:4], number[4:10], number[10:]]), tag
        return sep.join(number[i : i + 4] for i in range(0, length, 4)), tag

    def amex(self, locale: str) -> tuple[str, str]:
        return self.card(locale, brand=(("34", "37"), (15,)))

    def visa(self, locale: str) -> tuple[str, str]:
        return self.card(locale, brand=(("4",), (16, 16, 16, 13, 19)))

    def mastercard(self, locale: str) -> tuple[str, str]:
        return self.card(locale, brand=self._CARD_BRANDS[1])

    def iban(self, locale: str) -> tuple[str, str]:
        country = self.rng.choice(["de_DE", "fr_FR", "es_ES", "en_GB", "nl_NL", "it_IT"])
        value = self.faker(country).iban()
        assert stdnum_iban.is_valid(value), value
        if self.rng.random() < 0.5:
            value = " ".join(value[i : i + 4] for i in range(0, len(value), 4))
        return value, value[:2]

    def ssn(self, locale: str) -> tuple[str, str]:
        value = self.faker("en_US").ssn()
        form = self.rng.choice(["dash", "dash", "dash", "space", "bare"])
        if form == "space":
            return value.replace("-", " "), "space"
        if form == "bare":
            return value.replace("-", ""), "bare"
        return value, "dash"

    def cn_id(self, locale: str) -> tuple[str, str]:
        value = self.faker("zh_CN").ssn()
        assert ric.calc_check_digit(value) == value[-1], value
        return value, ""

    # network, mail, secrets -----------------------------------------------------------
    def email(self, locale: str) -> tuple[str, str]:
        fake = self.faker(locale)
        return self.rng.choice([fake.email, fake.free_email, fake.company_email])(), ""

    def email_zh(self, locale: str) -> tuple[str, str]:
        if self.rng.random() < 0.25:
            return f"{self.rng.randint(10**6, 10**10)}@qq.com", "qq"
        return self.faker("zh_CN").free_email(), ""

    def ip(self, locale: str) -> tuple[str, str]:
        fake, rng = self.faker("en_US"), self.rng
        roll = rng.random()
        if roll < 0.5:
            return fake.ipv4_public(), "v4"
        if roll < 0.8:
            return fake.ipv4_private(), "v4-private"
        return self.ipv6(locale)

    def ipv6(self, locale: str) -> tuple[str, str]:
        value = self.faker("en_US").ipv6()
        if self.rng.random() < 0.5:
            groups = value.split(":")
            groups[2:6] = ["0", "0", "0", "0"]
            value = str(ipaddress.IPv6Address(":".join(groups)))
        return value, "v6"

    def secret(self, locale: str) -> tuple[str, str]:
        rng = self.rng
        alnum = string.ascii_letters + string.digits

        def r(n: int) -> str:
            return "".join(rng.choice(alnum) for _ in range(n))

        return rng.choice(
            [
                f"xoxb-{rng.randint(10**11, 10**12 - 1)}-{rng.randint(10**12, 10**13 - 1)}-{r(24)}",
                f"sk-proj-{r(40)}",
                "AKIA"
                + "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(16)),
                f"ghp_{r(36)}",
            ]
        ), ""

    def password(self, locale: str) -> tuple[str, str]:
        return self.faker("en_US").password(length=self.rng.randint(10, 16)), "password"

    # decoys -------------------------------------------------------------------------
    def amount(self, locale: str) -> str:
        rng = self.rng
        value = rng.randint(1, 99999)
        cents = rng.randint(0, 99)
        return rng.choice(
            [
                f"${value:,}.{cents:02d}",
                f"USD {value:,}",
                f"€{value:,}.{cents:02d}".replace(",", "X").replace(".", ",").replace("X", "."),
                f"£{value:,}.{cents:02d}",
                f"AUD {value:,}.{cents:02d}",
                f"₹{value:,}",
                f"{value:,}.{cents:02d} EUR",
            ]
        )

    def price(self, locale: str) -> str:
        return f"{self.rng.randint(1, 999)}.{self.rng.randint(0, 99):02d}"

    def date(self, locale: str) -> str:
        rng = self.rng
        y, m, d = rng.randint(2019, 2030), rng.randint(1, 12), rng.randint(1, 28)
        return rng.choice(
            [
                f"{y}-{m:02d}-{d:02d}",
                f"{d:02d}/{m:02d}/{y}",
                f"{m}/{d}/{y}",
                f"{MONTHS[m - 1]} {d}, {y}",
                f"{d} {MONTHS[m - 1][:3]} {y}",
                f"{d}.{m}.{y}",
            ]
        )

    def time(self, locale: str) -> str:
        rng = self.rng
        return rng.choice(
            [
                f"{rng.randint(7, 19):02d}:{rng.choice(['00', '15', '30', '45'])}",
                f"{rng.randint(1, 11)}pm",
                f"{rng.randint(8, 11)}:{rng.choice(['00', '30'])} am",
                f"{rng.randint(8, 18)}:00 CET",
            ]
        )

    def month(self, locale: str) -> str:
        return self.rng.choice(MONTHS)

    def invoice_no(self, locale: str) -> str:
        rng = self.rng
        return rng.choice(
            [
                f"INV-{rng.randint(2019, 2030)}-{rng.randint(1, 99999):05d}",
                f"#{rng.randint(1000, 99999)}",
                f"{rng.randint(2019, 2030)}/INV/{rng.randint(1, 9999):04d}",
                f"INV{rng.randint(1, 10**7):07d}",
            ]
        )

    def order(self, locale: str) -> str:
        rng = self.rng
        return rng.choice(
            [
                f"SO-{rng.randint(10000, 99999)}",
                f"45{_digits(rng, 8)}",
                f"{rng.randint(100, 999)}-{_digits(rng, 7)}-{_digits(rng, 7)}",
                f"#{rng.randint(10**5, 10**9)}",
            ]
        )

    def po(self, locale: str) -> str:
        return self.rng.choice(
            [f"PO-{self.rng.randint(10000, 99999)}", f"45{_digits(self.rng, 8)}"]
        )

    def product(self, locale: str) -> str:
        return self.rng.choice(PRODUCTS)

    def city(self, locale: str) -> str:
        return self.rng.choice(REAL_CITIES)

    def company(self, locale: str) -> str:
        if self.rng.random() < 0.4:
            return self.rng.choice(BRANDS)
        return self.faker(self.rng.choice(["en_US", "en_GB", "de_DE"])).company()

    def qty(self, locale: str) -> str:
        return str(self.rng.randint(1, 500))

    def pct(self, locale: str) -> str:
        return f"{self.rng.randint(1, 140)}%"

    def version(self, locale: str) -> str:
        rng = self.rng
        return f"{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}"

    def version4(self, locale: str) -> str:
        rng = self.rng
        return (
            f"{rng.randint(1, 12)}.{rng.randint(0, 9)}.{rng.randint(0, 30)}.{rng.randint(1, 250)}"
        )

    def tracking(self, locale: str) -> str:
        rng = self.rng
        return rng.choice(
            [
                "1Z"
                + "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(16)),
                f"{_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 4)}",
                f"JD{_digits(rng, 12)}",
                _digits(rng, 10),
            ]
        )

    def last4(self, locale: str) -> str:
        return self.rng.choice(["", "**** ", "xxxx-xxxx-xxxx-"]) + _digits(self.rng, 4)

    def rf_ref(self, locale: str) -> str:
        body = _digits(self.rng, self.rng.randint(8, 16))
        check = mod_97_10.calc_check_digits(body + "RF")
        value = f"RF{check}{body}"
        return " ".join(value[i : i + 4] for i in range(0, len(value), 4))

    def bic(self, locale: str) -> str:
        fake = self.faker(self.rng.choice(["de_DE", "en_GB", "fr_FR"]))
        return fake.swift8() if self.rng.random() < 0.5 else fake.swift11()

    def flight(self, locale: str) -> str:
        return (
            f"{self.rng.choice(['LH', 'BA', 'QF', 'AI', 'AC', 'UA'])} {self.rng.randint(1, 2999)}"
        )

    def room(self, locale: str) -> str:
        return self.rng.choice(
            [
                f"{self.rng.randint(1, 9)}.{self.rng.randint(1, 40):02d}",
                f"B-{self.rng.randint(100, 450)}",
            ]
        )

    def ticket(self, locale: str) -> str:
        return f"{self.rng.choice(['OPS', 'FIN', 'HR', 'IT'])}-{self.rng.randint(100, 99999)}"

    def batch(self, locale: str) -> str:
        rng = self.rng
        return f"LOT {rng.randint(18, 30)}{rng.choice('ABCDEFG')}{rng.randint(100, 999)}"

    def ext(self, locale: str) -> str:
        return str(self.rng.randint(100, 9999))

    def sku(self, locale: str) -> str:
        body = self.rng.choice(["40", "50", "69", "87", "93"]) + _digits(self.rng, 10)
        total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
        return body + str((10 - total % 10) % 10)

    def gl(self, locale: str) -> str:
        return f"{self.rng.randint(1000, 9999)}-{self.rng.randint(100, 999)}"

    def plate(self, locale: str) -> str:
        return self.faker("en_GB").license_plate()

    def exp(self, locale: str) -> str:
        return f"{self.rng.randint(1, 12):02d}/{self.rng.randint(25, 32)}"

    def amount_zh(self, locale: str) -> str:
        rng = self.rng
        value = rng.randint(1, 999999)
        return rng.choice(
            [f"¥{value:,}.00", f"{value:,}元", f"人民币{value}元", f"{value / 10000:.1f}万元"]
        )

    def date_zh(self, locale: str) -> str:
        rng = self.rng
        y, m, d = rng.randint(2019, 2030), rng.randint(1, 12), rng.randint(1, 28)
        return rng.choice(
            [f"{y}年{m}月{d}日", f"{m}月{d}日", f"{y}-{m:02d}-{d:02d}", f"{y}.{m}.{d}"]
        )

    def time_zh(self, locale: str) -> str:
        rng = self.rng
        return rng.choice(
            [
                f"下午{rng.randint(1, 5)}点",
                f"上午{rng.randint(8, 11)}点半",
                f"{rng.randint(8, 18)}:{rng.choice(['00', '30'])}",
            ]
        )

    def invoice_zh(self, locale: str) -> str:
        return _digits(self.rng, self.rng.choice([8, 12, 20]))

    def order_zh(self, locale: str) -> str:
        rng = self.rng
        return rng.choice(
            [f"DD{rng.randint(2019, 2030)}{_digits(rng, 8)}", _digits(rng, 15), _digits(rng, 18)]
        )

    def tracking_zh(self, locale: str) -> str:
        return self.rng.choice(["SF", "YT", "JD", "ZTO"]) + _digits(self.rng, 12)

    def company_zh(self, locale: str) -> str:
        return self.faker("zh_CN").company()

    def city_zh(self, locale: str) -> str:
        return self.rng.choice(CITIES_ZH)

    def product_zh(self, locale: str) -> str:
        return self.rng.choice(PRODUCTS_ZH)

    def taxid_zh(self, locale: str) -> str:
        rng = self.rng
        chars = string.digits + "ABCDEFGHJKLMNPQRTUWXY"
        return "91" + _digits(rng, 6) + "MA" + "".join(rng.choice(chars) for _ in range(8))


#: Placeholder kind → PII type; every other kind is a decoy.
GOLD_KINDS: dict[str, str] = {
    "name": "NAME",
    "first": "NAME",
    "last": "NAME",
    "name_zh": "NAME",
    "address": "ADDRESS",
    "address_lines": "ADDRESS",
    "street": "ADDRESS",
    "military": "ADDRESS",
    "pobox": "ADDRESS",
    "address_zh": "ADDRESS",
    "phone": "PHONE",
    "phone7": "PHONE",
    "phone_intl": "PHONE",
    "phone_zh": "PHONE",
    "landline_zh": "PHONE",
    "card": "CARD",
    "amex": "CARD",
    "visa": "CARD",
    "mastercard": "CARD",
    "email": "EMAIL",
    "email_zh": "EMAIL",
    "iban": "IBAN",
    "ssn": "SSN",
    "ip": "IP",
    "ipv6": "IP",
    "cn_id": "CN_ID",
    "secret": "SECRET",
    "password": "SECRET",
}
#: Placeholders that are neither PII nor a look-alike worth a decoy row.
PLAIN_KINDS = frozenset({"title", "qty", "price", "pct"})
TYPES = ("NAME", "ADDRESS", "PHONE", "CARD", "EMAIL", "IBAN", "SSN", "IP", "CN_ID", "SECRET")

_PLACEHOLDER = re.compile(r"\{([a-z0-9_]+)(?::([A-Za-z_]+))?(?:\|([a-z]+))?\}")


def fill(template: Template, fillers: Fillers, record_id: str) -> Record:
    rng = fillers.rng
    if template.lang == "zh":
        persona = "zh_CN"
    else:
        persona = rng.choices(list(EN_LOCALES), weights=list(EN_LOCALES.values()))[0]
    record = Record(record_id, template.lang, template.genre, template.group, template.id, "")
    pieces: list[str] = []
    position = 0
    last = 0
    for match in _PLACEHOLDER.finditer(template.text):
        literal = template.text[last : match.start()]
        pieces.append(literal)
        position += len(literal)
        kind, locale, tag = match.group(1), match.group(2) or persona, match.group(3)
        produced = getattr(fillers, kind)(locale)
        value, value_tag = produced if isinstance(produced, tuple) else (produced, "")
        value = value.strip()
        if kind in GOLD_KINDS:
            pii_type = GOLD_KINDS[kind]
            if pii_type == "NAME":
                value_tag = tag or NAME_TAG.get(template.group, "cue")
            record.gold.append(Gold(position, position + len(value), pii_type, value_tag))
        elif kind not in PLAIN_KINDS:
            record.decoys.append(Decoy(position, position + len(value), kind))
        pieces.append(value)
        position += len(value)
        last = match.end()
    pieces.append(template.text[last:])
    record.text = "".join(pieces)
    return record


#: How often each group is drawn: a language's share, then the group's within it.
LANG_SHARE = {"en": 0.65, "zh": 0.35}
GROUP_SHARE = {
    "en": {
        "name_nocue": 0.16,
        "name_cue": 0.07,
        "address": 0.14,
        "phone": 0.12,
        "card": 0.08,
        "mail_bank": 0.07,
        "ids_net": 0.07,
        "invoice": 0.07,
        "meeting": 0.06,
        "negative": 0.16,
    },
    "zh": {
        "name_prose": 0.25,
        "name_cue": 0.07,
        "phone": 0.12,
        "cn_id": 0.07,
        "address": 0.12,
        "structured": 0.10,
        "document": 0.11,
        "negative": 0.16,
    },
}


def generate(docs: int = 3000, seed: int = 7, part: str = "measure") -> list[Record]:
    """`docs` records filled from the templates of one part, in a seeded order."""
    if part not in PARTS:
        raise ValueError(f"part must be one of {PARTS}")
    chosen = split(templates())[part]
    by_group: dict[tuple[str, str], list[Template]] = {}
    for template in chosen:
        by_group.setdefault((template.lang, template.group), []).append(template)
    keys = list(by_group)
    weights = [LANG_SHARE[lang] * GROUP_SHARE[lang][group] for lang, group in keys]
    fillers = Fillers(seed)
    records = []
    for index in range(docs):
        key = fillers.rng.choices(keys, weights=weights)[0]
        template = fillers.rng.choice(by_group[key])
        records.append(fill(template, fillers, f"{part}-{seed}-{index:05d}"))
    return records


def summary(records: list[Record]) -> str:
    counts: Counter[tuple[str, str]] = Counter()
    decoys: Counter[str] = Counter()
    for record in records:
        for gold in record.gold:
            counts[record.lang, gold.type] += 1
        decoys[record.lang] += len(record.decoys)
    lines = []
    for lang in ("en", "zh"):
        n = sum(1 for r in records if r.lang == lang)
        size = sum(len(r.text) for r in records if r.lang == lang)
        spans = ", ".join(f"{t} {counts[lang, t]}" for t in TYPES if counts[lang, t])
        lines.append(f"{lang}: {n} records, {size:,} chars; gold {spans}; decoys {decoys[lang]}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=PARTS, default="measure")
    parser.add_argument("--docs", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--show", type=int, default=0, help="print this many records, marked")
    parser.add_argument("--jsonl", help="write the records to this file")
    args = parser.parse_args()
    records = generate(args.docs, args.seed, args.part)
    parts = split(templates())
    print(
        f"part {args.part}: {len(parts[args.part])} of {sum(map(len, parts.values()))} templates, "
        f"seed {args.seed}"
    )
    print(summary(records))
    for record in records[: args.show]:
        print(f"--- {record.id} {record.template_id}")
        print(mark(record))
    if args.jsonl:
        with open(args.jsonl, "w", encoding="utf-8") as out:
            for record in records:
                out.write(json.dumps(asdict(record), ensure_ascii=False) + "\n")


def mark(record: Record) -> str:
    """The text with gold spans as ⟦text|TYPE⟧ and decoys as ⟨text|kind⟩."""
    edges: list[tuple[int, int, Callable[[str], str]]] = []
    for g in record.gold:
        edges.append((g.start, g.end, lambda s, g=g: f"⟦{s}|{g.type}⟧"))
    for d in record.decoys:
        edges.append((d.start, d.end, lambda s, d=d: f"⟨{s}|{d.kind}⟩"))
    out, position = [], 0
    for start, end, wrap in sorted(edges, key=lambda e: e[0]):
        out.append(record.text[position:start])
        out.append(wrap(record.text[start:end]))
        position = end
    out.append(record.text[position:])
    return "".join(out)


if __name__ == "__main__":
    main()
