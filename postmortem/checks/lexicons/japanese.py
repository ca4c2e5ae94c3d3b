"""How a Japanese letter apologises, owns the failure, deflects and says what was lost.

Japanese business letters apologise with 申し訳ございません and お詫び申し上げます
and own a failure as 当社の責任 or 弊社の不備; the non-apologies a careful reader
notices are the hedged ones: ご迷惑をおかけした可能性, 万が一ご迷惑をおかけした場合,
ご不快な思いをされた方. Words are not separated by spaces, so there are no word
boundaries here, and sentence lengths and the reading grade are not judged:
every established Japanese readability measure needs a morphological analyser.
"""

from __future__ import annotations

import re

from postmortem.checks.lexicons import Lexicon

_WE = r"(?:当社|弊社|私ども|私たち|我々|われわれ|私)"

LEXICON = Lexicon(
    name="Japanese",
    apology=re.compile(
        r"申し訳(?:ございません|ありません|なく|ない|ございませんでした|ありませんでした)|お詫び(?:申し上げ|いたし|し|を)"
        r"|おわび(?:申し上げ|いたし|し)|謝罪(?:いたし|し|申し上げ)|すみません|ごめんなさい|陳謝"
    ),
    ownership=re.compile(
        rf"{_WE}の(?:責任|判断|過失|不備|誤り|落ち度|ミス|失敗|不手際|怠慢)"
        rf"|責任は(?:すべて|全て)?{_WE}に(?:あり|ある)|{_WE}に(?:すべての)?責任が(?:あり|ある)"
        r"|責任を(?:痛感|負|取|感じ)|(?:べき|すべき)でした|怠っておりました|怠っていました"
    ),
    non_apologies=(
        (re.compile(r"(?:ご迷惑|ご不便|ご心配)を(?:お)?(?:かけ|掛け)した(?:可能性|かもしれ)|万が一(?:\w{0,10})?(?:ご迷惑|ご不便)"),
         "an apology for harm that “may” have happened doubts that anyone was harmed"),
        (re.compile(r"ご不快な思いを(?:され|させ)た(?:方|の(?:であれば|でしたら))"),
         "being sorry for how customers feel is not being sorry for what we did"),
        (re.compile(r"(?:ご迷惑|ご不便)を(?:お)?(?:かけ|掛け)した(?:場合|のであれば|ようでしたら)"),
         "an apology with “場合” or “であれば” doubts that anyone was harmed"),
        (re.compile(r"(?:影響を受けた|影響があった)(?:可能性のある|かもしれない)"),
         "apologising to those who “may have been affected” doubts that anyone was"),
        (re.compile(r"誤解を(?:招|与え)"), "“誤解を招いた” makes the failure the reader's misunderstanding"),
    ),
    non_apology_help="Say what you are sorry for, plainly: "
                     "“2日間ご連絡いただけない状態が続き、誠に申し訳ございません。”",
    deflection=re.compile(
        r"不可抗力|(?:当社|弊社)の(?:管理|制御)(?:外|の及ばない)|(?:当社|弊社)の責任では(?:なく|ありません|ない)"
        r"|避けられない(?:もの|事態)|防ぎようが(?:なく|ない|ありません)"
    ),
    plain_loss=re.compile(
        r"失われ|消失|紛失|喪失|削除され|消え(?:た|て|ました)|欠落|破損|復元(?:でき|不可)|復旧(?:でき|不可)"
        r"|届かな(?:かった|い)|届いていない"
    ),
    says_no_loss=re.compile(
        r"(?:データ|メッセージ|情報)(?:の(?:損失|消失|紛失))?は(?:一切)?(?:ありません|ございません|失われておりません"
        r"|失われていません)|失われたデータは(?:一切)?(?:ありません|ございません)|お客様のデータは(?:すべて)?安全"
    ),
    zone=re.compile(
        r"UTC|GMT|JST|協定世界時|日本時間|現地時間|標準時|夏時間|タイムゾーン|[ァ-ヶー・]+時間"
    ),
    happened=re.compile(
        r"障害|停止|利用でき(?:な|ませ)|できない状態|ダウン|不具合|エラー|遅延|中断|失われ|つながら|接続でき|アクセスでき"
        r"|故障|お問い合わせができ"
    ),
    to_do=re.compile(r"ください|ご連絡|お問い合わせ|対応は不要|必要はありません|お願いいたします|お願いします"),
    mentions_data=re.compile(r"データ|失われ|消失|紛失"),
    commitment=re.compile(r"いたします|してまいります|予定です|実施します|導入します|移行します|改善策|変更します"),
    by_when=re.compile(r"までに|以内に|期限|来週|来月|[0-9０-９]+月[0-9０-９]+日まで"),
    words=None,
    reading="",
)
