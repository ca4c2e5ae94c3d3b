<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>ActionItemsFilter</name>
    <message>
        <source>All items</source>
        <translation>すべての項目</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未完了</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Promised to customers</source>
        <translation>顧客に約束したもの</translation>
    </message>
</context>
<context>
    <name>ActionItemsModel</name>
    <message>
        <source>%1, overdue</source>
        <translation>%1、期限切れ</translation>
    </message>
    <message>
        <source>Overdue: due %1 and still %2</source>
        <translation>期限切れ: 期限 %1、現在も %2</translation>
    </message>
    <message>
        <source>Add action item</source>
        <translation>対応項目を追加</translation>
    </message>
    <message>
        <source>Delete action item</source>
        <translation>対応項目を削除</translation>
    </message>
</context>
<context>
    <name>ActionItemsStep</name>
    <message>
        <source>Action items</source>
        <translation>対応項目</translation>
    </message>
    <message>
        <source>Add action item</source>
        <translation>対応項目を追加</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Filter: owner, words…</source>
        <translation>絞り込み: 担当者、語句…</translation>
    </message>
    <message>
        <source>Filter action items</source>
        <translation>対応項目を絞り込む</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Double-click a cell to edit it; click a column heading to sort.</source>
        <translation>セルをダブルクリックすると編集できます。列見出しをクリックすると並べ替えます。</translation>
    </message>
    <message>
        <source>Selected item</source>
        <translation>選択した項目</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Empty: no date is promised.</source>
        <translation>空欄: 期限を約束しません。</translation>
    </message>
    <message>
        <source>Due date of the selected action item</source>
        <translation>選択した対応項目の期限</translation>
    </message>
    <message>
        <source>Clear the due date</source>
        <translation>期限を消去</translation>
    </message>
    <message>
        <source>Clear due date</source>
        <translation>期限を消去</translation>
    </message>
    <message>
        <source>Select an action item to describe it: what done looks like</source>
        <translation>対応項目を選んで説明を書きます: 何をもって完了とするか</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Description of the selected action item</source>
        <translation>選択した対応項目の説明</translation>
    </message>
    <message>
        <source>the action items</source>
        <translation>対応項目</translation>
    </message>
    <message numerus="yes">
        <source>%n open item(s) past due.</source>
        <translation>
            <numerusform>期限を過ぎた未完了の項目が %n 件あります。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssetPicker</name>
    <message>
        <source>logo.png, in the same folder as the document</source>
        <translation>logo.png（文書と同じフォルダー）</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Choose %1</source>
        <translation>%1を選択</translation>
    </message>
    <message>
        <source>Save the document first: images must sit in its folder.</source>
        <translation>先に文書を保存してください。画像は文書のフォルダーに置く必要があります。</translation>
    </message>
    <message>
        <source>Choose the %1</source>
        <translation>%1を選択</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg *.gif *.webp)</source>
        <translation>画像 (*.png *.jpg *.jpeg *.svg *.gif *.webp)</translation>
    </message>
    <message>
        <source>%1 is outside the document&apos;s folder; copy it there first.</source>
        <translation>%1 は文書のフォルダーの外にあります。先にそこへコピーしてください。</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Action</source>
        <translation>対応</translation>
    </message>
    <message>
        <source>What will be done, as a short imperative</source>
        <translation>何をするか、短い命令形で</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>One named person, not a team</source>
        <translation>チームではなく、名前のある 1 人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>When it will be done</source>
        <translation>いつまでに終えるか</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>優先度</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分類</translation>
    </message>
    <message>
        <source>Prevent, detect, mitigate, or improve the process</source>
        <translation>予防・検知・緩和・プロセス改善のいずれか</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Tracker link</source>
        <translation>チケットのリンク</translation>
    </message>
    <message>
        <source>https:// link to the ticket</source>
        <translation>チケットへの https:// リンク</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>約束</translation>
    </message>
    <message>
        <source>Promised to customers: the letter lists it</source>
        <translation>顧客に約束: 手紙に記載されます</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>Printed under the signer&apos;s name in the letter</source>
        <translation>手紙の署名者名の下に印刷されます</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Short bio</source>
        <translation>略歴</translation>
    </message>
    <message>
        <source>Printed under the letter when the signer&apos;s bio is included</source>
        <translation>署名者の略歴を含める場合、手紙の下に印刷されます</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>なぜ？</translation>
    </message>
    <message>
        <source>Because…</source>
        <translation>なぜなら…</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>When it happened, in the document&apos;s time zone</source>
        <translation>発生時刻（文書のタイムゾーン）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Trigger, detection, mitigation and resolution give the key durations</source>
        <translation>きっかけ・検知・緩和・解決から主な所要時間を求めます</translation>
    </message>
    <message>
        <source>Customer-visible</source>
        <translation>顧客に表示</translation>
    </message>
    <message>
        <source>Checked events may appear in the letter</source>
        <translation>チェックしたイベントは手紙に載ることがあります</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation>時刻 (%1)</translation>
    </message>
</context>
<context>
    <name>CoverageList</name>
    <message>
        <source>What the letter covers</source>
        <translation>手紙が扱っている内容</translation>
    </message>
    <message>
        <source>Insert a sentence starter</source>
        <translation>書き出しの文を挿入</translation>
    </message>
    <message>
        <source>Covered.</source>
        <translation>扱われています。</translation>
    </message>
    <message>
        <source>Click an open topic to see what it needs.</source>
        <translation>未対応の項目をクリックすると、必要なことが表示されます。</translation>
    </message>
    <message>
        <source>Insert %1</source>
        <translation>%1 を挿入</translation>
    </message>
</context>
<context>
    <name>DateTimeEntry</name>
    <message>
        <source>Type or paste a date such as %1.</source>
        <translation>%1 のような日付を入力するか貼り付けます。</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source> Select all and press Delete to empty it.</source>
        <translation> すべて選択して Delete キーを押すと空にできます。</translation>
    </message>
    <message>
        <source>The clipboard holds no date. Paste one such as %1.</source>
        <translation>クリップボードに日付がありません。%1 のような日付を貼り付けてください。</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>消去</translation>
    </message>
</context>
<context>
    <name>DocumentSession</name>
    <message>
        <source>Save As…</source>
        <translation>名前を付けて保存…</translation>
    </message>
    <message>
        <source>opened read-only; Save As makes an editable copy</source>
        <translation>読み取り専用で開いています。「名前を付けて保存」で編集できるコピーを作れます</translation>
    </message>
    <message>
        <source>another window of Postmortem Studio is editing this file</source>
        <translation>別の Postmortem Studio ウィンドウがこのファイルを編集しています</translation>
    </message>
    <message>
        <source>“%1” was not saved: %2. Your changes are still here, unsaved; Save As can put them somewhere else.</source>
        <translation>「%1」は保存されませんでした: %2。変更は未保存のままここに残っています。「名前を付けて保存」で別の場所に保存できます。</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <source>“%1” was deleted or moved by another program. It is still open here; save it to write it back.</source>
        <translation>「%1」は別のプログラムによって削除または移動されました。ここではまだ開いています。保存すると書き戻せます。</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>読み込み直す</translation>
    </message>
    <message>
        <source>“%1” was changed by another program.</source>
        <translation>「%1」は別のプログラムで変更されました。</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>自分の版を残す</translation>
    </message>
    <message>
        <source>That version cannot be read: %1</source>
        <translation>そのバージョンは読み込めません: %1</translation>
    </message>
    <message>
        <source>That version says the same as the document.</source>
        <translation>そのバージョンは文書と同じ内容です。</translation>
    </message>
    <message>
        <source>Read-only: %1.</source>
        <translation>読み取り専用: %1。</translation>
    </message>
    <message>
        <source>Saved. The version it replaced could not be kept: %1</source>
        <translation>保存しました。置き換えた版は残せませんでした: %1</translation>
    </message>
    <message>
        <source>The file on disk cannot be read, so yours is kept: %1</source>
        <translation>ディスク上のファイルを読み込めないため、表示中の内容を残します: %1</translation>
    </message>
    <message>
        <source>Autosave is not working (%1). Save your work to keep it safe.</source>
        <translation>自動保存が機能していません (%1)。作業内容を守るために保存してください。</translation>
    </message>
    <message>
        <source>Restore version of %1</source>
        <translation>%1 の版を復元</translation>
    </message>
    <message>
        <source>this copy cannot be changed</source>
        <translation>このコピーは変更できません</translation>
    </message>
</context>
<context>
    <name>DraftDialog</name>
    <message>
        <source>Draft from analysis</source>
        <translation>分析から下書き</translation>
    </message>
    <message>
        <source>Your letter</source>
        <translation>あなたの手紙</translation>
    </message>
    <message>
        <source>Draft paragraphs</source>
        <translation>下書きの段落</translation>
    </message>
    <message>
        <source>The draft: tick what to add</source>
        <translation>下書き: 追加するものにチェック</translation>
    </message>
    <message>
        <source>Add chosen paragraphs</source>
        <translation>選んだ段落を追加</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>PDF document (.pdf)</source>
        <translation>PDF 文書 (.pdf)</translation>
    </message>
    <message>
        <source>Markdown (.md)</source>
        <translation>Markdown (.md)</translation>
    </message>
    <message>
        <source>Web page (.html)</source>
        <translation>Web ページ (.html)</translation>
    </message>
    <message>
        <source>E-mail draft with the letter attached (.eml)</source>
        <translation>手紙を添付したメールの下書き (.eml)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Customer letter</source>
        <translation>顧客への手紙</translation>
    </message>
    <message>
        <source>Internal report</source>
        <translation>社内レポート</translation>
    </message>
    <message>
        <source>Only what customers may read: no internal notes, owners or unpromised actions</source>
        <translation>顧客が読んでよい内容だけ: 社内メモ、担当者、約束していない対応は含みません</translation>
    </message>
    <message>
        <source>The full analysis, marked &apos;Internal: do not forward to customers&apos;</source>
        <translation>完全な分析。「社内用: 顧客に転送しないこと」と明記されます</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation>手紙の言語</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>保存先</translation>
    </message>
    <message>
        <source>Where to save the file</source>
        <translation>ファイルの保存先</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Choose destination</source>
        <translation>保存先を選択</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>読み手</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>保存先</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>エクスポートの進行状況</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>ファイルを開く</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>フォルダーで表示</translation>
    </message>
    <message>
        <source>Open in mail program</source>
        <translation>メールソフトで開く</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>エクスポート先</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>ファイルの保存先を選んでください。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>フォルダー %1 はありません。</translation>
    </message>
    <message>
        <source>Exporting the letter…</source>
        <translation>手紙をエクスポートしています…</translation>
    </message>
    <message>
        <source>Exporting the report…</source>
        <translation>レポートをエクスポートしています…</translation>
    </message>
    <message numerus="yes">
        <source>The customer letter still has %n error(s).</source>
        <translation>
            <numerusform>顧客への手紙にまだエラーが %n 件あります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…ほか %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Customers would read the letter as it is.</source>
        <translation>顧客はこの手紙をこのまま読むことになります。</translation>
    </message>
    <message>
        <source>Export anyway</source>
        <translation>このままエクスポート</translation>
    </message>
    <message>
        <source>Review problems</source>
        <translation>問題を確認</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>エクスポートに失敗しました: %1</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 を保存できませんでした: %2</translation>
    </message>
    <message>
        <source>Saved %1 in %2.</source>
        <translation>%1 を %2 に保存しました。</translation>
    </message>
</context>
<context>
    <name>FieldLabel</name>
    <message>
        <source>title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>深刻度</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>要約</translation>
    </message>
    <message>
        <source>incident id</source>
        <translation>インシデント ID</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>タイムゾーン</translation>
    </message>
    <message>
        <source>author</source>
        <translation>作成者</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>レビュー担当者</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>customer-visible</source>
        <translation>顧客への表示</translation>
    </message>
    <message>
        <source>start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>end</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>customers affected</source>
        <translation>影響を受けた顧客</translation>
    </message>
    <message>
        <source>data loss</source>
        <translation>データ損失</translation>
    </message>
    <message>
        <source>root cause</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>きっかけ</translation>
    </message>
    <message>
        <source>contributing factor</source>
        <translation>寄与要因</translation>
    </message>
    <message>
        <source>why</source>
        <translation>なぜ</translation>
    </message>
    <message>
        <source>question</source>
        <translation>問い</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>答え</translation>
    </message>
    <message>
        <source>detection analysis</source>
        <translation>検知の分析</translation>
    </message>
    <message>
        <source>response analysis</source>
        <translation>対応の分析</translation>
    </message>
    <message>
        <source>action item</source>
        <translation>対応項目</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>優先度</translation>
    </message>
    <message>
        <source>tracker link</source>
        <translation>チケットのリンク</translation>
    </message>
    <message>
        <source>customer-promised</source>
        <translation>顧客への約束</translation>
    </message>
    <message>
        <source>went well</source>
        <translation>うまくいったこと</translation>
    </message>
    <message>
        <source>went wrong</source>
        <translation>うまくいかなかったこと</translation>
    </message>
    <message>
        <source>got lucky</source>
        <translation>運がよかったこと</translation>
    </message>
    <message>
        <source>internal notes</source>
        <translation>社内メモ</translation>
    </message>
    <message>
        <source>customer action</source>
        <translation>顧客の対応</translation>
    </message>
    <message>
        <source>greeting</source>
        <translation>宛名</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>結び</translation>
    </message>
    <message>
        <source>body</source>
        <translation>本文</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>signer</source>
        <translation>署名者</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>recipients file</source>
        <translation>受信者ファイル</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <source>Required.</source>
        <translation>必須。</translation>
    </message>
    <message>
        <source>Choose an author…</source>
        <translation>作成者を選択…</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <translation>%1 を消去</translation>
    </message>
    <message>
        <source>Clear %1</source>
        <comment>undo step</comment>
        <translation>「%2」を消去</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>「%2」を追加</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>「%2」を削除</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>「%2」を移動</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上へ</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下へ</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>The changes that keep this from happening again, or make it shorter: each with one owner, a due date and a priority. Mark the ones promised to customers; the letter lists them.</source>
        <translation>再発を防ぐ、または障害を短くするための変更です。それぞれに担当者を 1 人、期限、優先度を付けます。顧客に約束するものには印を付けてください。手紙に列挙されます。</translation>
    </message>
    <message>
        <source>Few, specific, owned by a person, dated, and linked to the tracker. A promise to customers is a commitment: only mark what will really be done.</source>
        <translation>数を絞り、具体的に、担当者と期限を決め、チケットにリンクします。顧客への約束は責任を伴います。本当に実行するものだけに印を付けてください。</translation>
    </message>
    <message>
        <source>Send storage alerts to the on-call rota, not a mailbox — Dana Ruiz, by 15 November.</source>
        <translation>ストレージのアラートをメールボックスではなくオンコール当番に送る — Dana Ruiz、11 月 15 日まで。</translation>
    </message>
    <message>
        <source>What customers experienced: the window of impact, the services affected, how many customers, whether data was or may have been lost, and what they need to do.</source>
        <translation>顧客が経験したこと: 影響のあった期間、影響を受けたサービス、顧客の数、データが失われた（または失われた可能性がある）か、顧客がすべきこと。</translation>
    </message>
    <message>
        <source>Plain words a customer would use, exact times with the zone, numbers where you have them, and an honest data-loss statement, even when the answer is &apos;possibly&apos;.</source>
        <translation>顧客が使うような平易な言葉、タイムゾーン付きの正確な時刻、分かっている数字、そして答えが「可能性あり」であってもデータ損失についての正直な記述。</translation>
    </message>
    <message>
        <source>Customers could not load the web site or open support tickets; 12,400 accounts.</source>
        <translation>顧客はウェブサイトを開けず、サポートチケットも作成できませんでした。12,400 アカウント。</translation>
    </message>
    <message>
        <source>What the team learned, in three lists. Luck matters: it is what hides the next outage.</source>
        <translation>チームが学んだことを 3 つのリストで。運も大事です。運こそが次の障害を隠しています。</translation>
    </message>
    <message>
        <source>Specific and blameless; each &apos;went wrong&apos; either has an action item or a reason it does not.</source>
        <translation>具体的に、誰も責めずに。「うまくいかなかったこと」には対応項目を付けるか、付けない理由を書きます。</translation>
    </message>
    <message>
        <source>We got lucky: the second drive failed after the nightly backup had finished.</source>
        <translation>運がよかった点: 2 台目のドライブが故障したのは夜間バックアップの完了後でした。</translation>
    </message>
    <message>
        <source>The facts a reader needs first: what the incident is called, how severe it was, who is writing about it, and a short summary.</source>
        <translation>読み手が最初に必要とする事実: インシデントの名前、深刻度、書いている人、そして短い要約。</translation>
    </message>
    <message>
        <source>A title a customer would recognise, a severity everyone agrees on, and a summary of three or four sentences: what happened, to whom, for how long, and how it ended.</source>
        <translation>顧客が見て分かるタイトル、全員が合意した深刻度、そして 3〜4 文の要約: 何が起き、誰に影響し、どれくらい続き、どう終わったか。</translation>
    </message>
    <message>
        <source>Web site and support desk unavailable for 31 hours after a storage failure.</source>
        <translation>ストレージ障害により、ウェブサイトとサポート窓口が 31 時間利用できませんでした。</translation>
    </message>
    <message>
        <source>A last look before the letter and the report leave your hands: what the checks still find, and the exports.</source>
        <translation>手紙とレポートを送り出す前の最終確認: チェックでまだ見つかる指摘と、エクスポート。</translation>
    </message>
    <message>
        <source>No errors; warnings read and either fixed or accepted on purpose; the preview read through once as a customer would.</source>
        <translation>エラーなし。警告は読んだうえで修正するか、意図して受け入れる。プレビューを顧客の目で一度通して読む。</translation>
    </message>
    <message>
        <source>0 errors, 1 warning: &apos;Rotate backup disks&apos; has no due date (accepted: date set next week).</source>
        <translation>エラー 0 件、警告 1 件:「バックアップディスクのローテーション」に期限がない（受け入れ済み: 来週決定）。</translation>
    </message>
    <message>
        <source>Why it happened: the trigger that set it off, the conditions that let it become an outage, and what slowed detection or response. Blameless: systems and decisions, not people.</source>
        <translation>なぜ起きたか: きっかけ、それが障害になった条件、検知や対応を遅らせたもの。誰も責めずに。人ではなく仕組みと判断について書きます。</translation>
    </message>
    <message>
        <source>Each root cause is a condition you can change; the five whys end at something an action item fixes, not at &apos;human error&apos;.</source>
        <translation>根本原因はどれも変えられる条件です。なぜなぜ分析は「人為的ミス」ではなく、対応項目で直せるものにたどり着きます。</translation>
    </message>
    <message>
        <source>The array ran degraded for six days because the drive alert went to a retired inbox.</source>
        <translation>ドライブのアラートが使われていない受信箱に届いていたため、アレイは 6 日間縮退状態で動いていました。</translation>
    </message>
    <message>
        <source>Every moment that matters, in order: what triggered the incident, when it was detected, escalated, mitigated and resolved, and what customers were told.</source>
        <translation>重要な時点を順番に: 何がインシデントのきっかけになったか、いつ検知・エスカレーション・緩和・解決されたか、顧客に何を伝えたか。</translation>
    </message>
    <message>
        <source>Times from logs and chat, not memory; one event per line; the trigger, detection, mitigation and resolution marked, so the report can show how long each took.</source>
        <translation>時刻は記憶ではなくログやチャットから。1 行に 1 イベント。きっかけ・検知・緩和・解決に印を付けると、レポートでそれぞれの所要時間を示せます。</translation>
    </message>
    <message>
        <source>2026-10-27 03:10  trigger  Primary drive in the storage array failed</source>
        <translation>2026-10-27 03:10  trigger  ストレージアレイのプライマリドライブが故障</translation>
    </message>
    <message>
        <source>The letter customers receive: what happened in their terms, what it meant for them, an apology, what you are changing, and what they should do. It never shows internal notes.</source>
        <translation>顧客が受け取る手紙です。顧客の言葉で何が起きたか、顧客にとっての影響、おわび、何を変えるか、顧客がすべきこと。社内メモは決して表示されません。</translation>
    </message>
    <message>
        <source>Short paragraphs, no jargon, times with their zone, one plain apology without &apos;we apologise for any inconvenience&apos;, and a named person who signs.</source>
        <translation>短い段落、専門用語なし、タイムゾーン付きの時刻、「ご不便をおかけし」といった決まり文句ではない率直なおわび、そして署名する名前のある人。</translation>
    </message>
    <message>
        <source>We are sorry. For 31 hours you could not reach us, and some of your messages were lost.</source>
        <translation>申し訳ありません。31 時間にわたって当社に連絡がつかず、お送りいただいたメッセージの一部が失われました。</translation>
    </message>
    <message>
        <source>Who receives the letter. Each recipient gets their own copy, with their name and, when the file gives them, their own outage window and what they lost.</source>
        <translation>手紙を受け取る人です。受信者ごとに、名前入りの手紙が 1 通ずつ作られます。ファイルにあれば、その人の障害期間と失われたものも入ります。</translation>
    </message>
    <message>
        <source>Every row ready: a real address, once each, and every column the letter&apos;s {{ recipient.x }} fields use filled in. Read two or three letters before you write them all.</source>
        <translation>すべての行が準備完了: 実在するアドレスが 1 回ずつ、手紙の {{ recipient.x }} フィールドが使う列がすべて埋まっていること。全員分を書き出す前に 2〜3 通読んでください。</translation>
    </message>
    <message>
        <source>ana@example.org, Ana Lima, 2026-10-28T22:45:00-04:00, 2026-10-29T04:10:00-04:00, 3 support requests</source>
        <translation>ana@example.org, Ana Lima, 2026-10-28T22:45:00-04:00, 2026-10-29T04:10:00-04:00, サポート依頼 3 件</translation>
    </message>
</context>
<context>
    <name>GuideBox</name>
    <message>
        <source>%1 step</source>
        <translation>%1 ステップ</translation>
    </message>
    <message>
        <source>Hide guide</source>
        <translation>ガイドを隠す</translation>
    </message>
    <message>
        <source>Show or hide this step&apos;s guide (F1)</source>
        <translation>このステップのガイドを表示／非表示 (F1)</translation>
    </message>
    <message>
        <source>Good looks like:</source>
        <translation>よい例:</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>例:</translation>
    </message>
    <message>
        <source>Guide to the %1 step</source>
        <translation>%1 ステップのガイド</translation>
    </message>
    <message>
        <source>Show guide</source>
        <translation>ガイドを表示</translation>
    </message>
</context>
<context>
    <name>ImpactStep</name>
    <message>
        <source>When</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>From the first moment customers were affected to the last.</source>
        <translation>顧客に影響が出た最初の時点から最後の時点まで。</translation>
    </message>
    <message>
        <source>Impact began</source>
        <translation>影響の開始</translation>
    </message>
    <message>
        <source>Impact ended</source>
        <translation>影響の終了</translation>
    </message>
    <message>
        <source>Who and what</source>
        <translation>誰に、何が</translation>
    </message>
    <message>
        <source>Services affected</source>
        <translation>影響を受けたサービス</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Add service</source>
        <translation>サービスを追加</translation>
    </message>
    <message>
        <source>Web site, Support desk</source>
        <translation>ウェブサイト、サポート窓口</translation>
    </message>
    <message>
        <source>Customers affected</source>
        <translation>影響を受けた顧客</translation>
    </message>
    <message>
        <source>All customers using the web site</source>
        <translation>ウェブサイトを利用するすべての顧客</translation>
    </message>
    <message>
        <source>Number of customers</source>
        <translation>顧客数</translation>
    </message>
    <message>
        <source> customers</source>
        <translation> 人</translation>
    </message>
    <message>
        <source>Share of customers</source>
        <translation>顧客の割合</translation>
    </message>
    <message>
        <source>What customers experienced</source>
        <translation>顧客が経験したこと</translation>
    </message>
    <message>
        <source>Pages did not load; e-mails to support bounced or were not answered…</source>
        <translation>ページが表示されず、サポートへのメールは戻ってくるか返信がありませんでした…</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>データ</translation>
    </message>
    <message>
        <source>The letter puts the data-loss statement in its own box, so it cannot be missed.</source>
        <translation>手紙ではデータ損失についての記述を独立した枠に入れ、見落とされないようにします。</translation>
    </message>
    <message>
        <source>Data loss</source>
        <translation>データ損失</translation>
    </message>
    <message>
        <source>What was or may have been lost</source>
        <translation>失われたもの、または失われた可能性があるもの</translation>
    </message>
    <message>
        <source>Support messages sent between … and … may not have reached us.</source>
        <translation>… から … までにサポートへ送られたメッセージは届いていない可能性があります。</translation>
    </message>
    <message>
        <source>Data at risk from</source>
        <translation>データ危険期間の開始</translation>
    </message>
    <message>
        <source>Data at risk until</source>
        <translation>データ危険期間の終了</translation>
    </message>
    <message>
        <source>What customers must do</source>
        <translation>顧客がすべきこと</translation>
    </message>
    <message>
        <source>Customer actions</source>
        <translation>顧客の対応</translation>
    </message>
    <message>
        <source>If you wrote to support between … and …, please write again. If nothing is needed, say so.</source>
        <translation>… から … までにサポートへ連絡された方は、もう一度ご連絡ください。何もする必要がない場合は、そう書きます。</translation>
    </message>
    <message>
        <source>SLA and credits</source>
        <translation>SLA と補償</translation>
    </message>
    <message>
        <source>Whether the SLA was breached and what credit customers receive</source>
        <translation>SLA 違反の有無と、顧客が受け取る補償</translation>
    </message>
    <message>
        <source>the impact</source>
        <translation>影響</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Timelines and postmortems (*.md *.markdown *.csv *.tsv *.json *.txt *.log *.zip);;All files (*)</source>
        <translation>タイムラインとポストモーテム (*.md *.markdown *.csv *.tsv *.json *.txt *.log *.zip);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Detect from the content</source>
        <translation>内容から判別</translation>
    </message>
    <message>
        <source>Markdown postmortem</source>
        <translation>Markdown のポストモーテム</translation>
    </message>
    <message>
        <source>CSV or TSV timeline</source>
        <translation>CSV または TSV のタイムライン</translation>
    </message>
    <message>
        <source>Slack channel export</source>
        <translation>Slack チャンネルのエクスポート</translation>
    </message>
    <message>
        <source>PagerDuty log entries</source>
        <translation>PagerDuty のログ項目</translation>
    </message>
    <message>
        <source>Statuspage incident</source>
        <translation>Statuspage のインシデント</translation>
    </message>
    <message>
        <source>Chat or notes, one line each</source>
        <translation>チャットやメモ（1 行ずつ）</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>Importing &lt;b&gt;%1&lt;/b&gt;. Untick what should stay out; times without an offset are read in the zone below. Edit ▸ Undo takes the whole import back.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; をインポートします。含めないものはチェックを外してください。オフセットのない時刻は下のタイムゾーンで読み取ります。「編集 ▸ 元に戻す」でインポート全体を取り消せます。</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>読み取り形式</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>タイムゾーン</translation>
    </message>
    <message>
        <source>&amp;Read as:</source>
        <translation>読み取り形式(&amp;R):</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>タイムゾーン(&amp;Z):</translation>
    </message>
    <message>
        <source>For times written without an offset, unless the source names its zone; choosing one here wins over the source.</source>
        <translation>オフセットなしで書かれた時刻に使います（情報源がタイムゾーンを示していない場合）。ここで選ぶと情報源より優先されます。</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation>インポートする行</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>インポート(&amp;I)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>読み込んでいます…</translation>
    </message>
    <message>
        <source>Cannot import: %1</source>
        <translation>インポートできません: %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Times without an offset are read in %1.</source>
        <translation>オフセットのない時刻は %1 として読み取ります。</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>インポートしています…</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 をインポート</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n row(s)</source>
        <translation>
            <numerusform>%n 行をインポート(&amp;I)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportRowsModel</name>
    <message>
        <source>, customer-visible</source>
        <translation>、顧客に表示</translation>
    </message>
    <message>
        <source>event: %1</source>
        <translation>イベント: %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>期限 %1</translation>
    </message>
    <message>
        <source>action item</source>
        <translation>対応項目</translation>
    </message>
    <message>
        <source>field: %1</source>
        <translation>フィールド: %1</translation>
    </message>
    <message>
        <source>note → %1 internal notes</source>
        <translation>メモ → %1 の社内メモ</translation>
    </message>
</context>
<context>
    <name>LanguageChooser</name>
    <message>
        <source>%1 – the original</source>
        <translation>%1 – 原文</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation>手紙の言語</translation>
    </message>
    <message>
        <source>New translation&apos;s language code</source>
        <translation>新しい翻訳の言語コード</translation>
    </message>
    <message>
        <source>Language code, e.g. de or pt-BR</source>
        <translation>言語コード（例: de、pt-BR）</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Add translation…</source>
        <translation>翻訳を追加…</translation>
    </message>
    <message>
        <source>Give a language code such as de, fr or pt-BR</source>
        <translation>de、fr、pt-BR などの言語コードを入力してください</translation>
    </message>
    <message>
        <source>The letter is already in %1</source>
        <translation>手紙はすでに %1 で書かれています</translation>
    </message>
    <message>
        <source>Add %1 translation</source>
        <translation>翻訳（%1）を追加</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>System Language (%1)</source>
        <translation>システムの言語（%1）</translation>
    </message>
    <message>
        <source>Postmortem Studio will be in %1 from the next time it starts.</source>
        <translation>次回の起動から Postmortem Studio は %1 で表示されます。</translation>
    </message>
</context>
<context>
    <name>LessonsStep</name>
    <message>
        <source>Lessons</source>
        <translation>教訓</translation>
    </message>
    <message>
        <source>Went well</source>
        <translation>うまくいったこと</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>The on-call engineer had a tested restore runbook</source>
        <translation>オンコール担当者の手元に検証済みの復旧手順書があった</translation>
    </message>
    <message>
        <source>Went wrong</source>
        <translation>うまくいかなかったこと</translation>
    </message>
    <message>
        <source>Status updates stopped during the restore</source>
        <translation>復旧作業中に状況報告が止まった</translation>
    </message>
    <message>
        <source>Got lucky</source>
        <translation>運がよかったこと</translation>
    </message>
    <message>
        <source>The failure began outside business hours</source>
        <translation>障害は営業時間外に始まった</translation>
    </message>
    <message>
        <source>the lessons</source>
        <translation>教訓</translation>
    </message>
</context>
<context>
    <name>LetterStep</name>
    <message>
        <source>Draft from analysis</source>
        <translation>分析から下書き</translation>
    </message>
    <message>
        <source>Write a first draft from the customer-visible events, the impact and the promised actions, with fields for the facts. It replaces only an empty letter or the template&apos;s prompts.</source>
        <translation>顧客に見えるイベント、影響、約束した対応から、事実をフィールドにした最初の下書きを作ります。置き換えるのは空の手紙かテンプレートの案内文だけです。</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>冒頭</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Empty: the write-up&apos;s date.</source>
        <translation>空欄: 文書の日付。</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Re: Service outage of 27 October</source>
        <translation>件名: 10 月 27 日のサービス障害について</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>宛名</translation>
    </message>
    <message>
        <source>Dear customers,</source>
        <translation>お客様各位</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>本文</translation>
    </message>
    <message>
        <source>The whole letter between greeting and closing, in your order. Facts print where you put a field such as {{ impact_window }}; everything else is your own words.</source>
        <translation>宛名と結びの間の手紙全体を、あなたの順序で書きます。{{ impact_window }} のようなフィールドを置いた所に事実が入り、それ以外はすべてあなた自身の言葉です。</translation>
    </message>
    <message>
        <source>I am writing to tell you what happened on …</source>
        <translation>… に起きたことをお伝えするためにご連絡しています</translation>
    </message>
    <message>
        <source>What your letter covers</source>
        <translation>手紙が扱っている内容</translation>
    </message>
    <message>
        <source>Ticked from the checks on your letter.</source>
        <translation>手紙のチェック結果から印が付きます。</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>結び</translation>
    </message>
    <message>
        <source>Sincerely,</source>
        <translation>敬具</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>署名者</translation>
    </message>
    <message>
        <source>One of the authors (Overview step); the letter prints their job title.</source>
        <translation>作成者の 1 人（「概要」ステップ）。手紙には役職が印刷されます。</translation>
    </message>
    <message>
        <source>Signer&apos;s bio</source>
        <translation>署名者の略歴</translation>
    </message>
    <message>
        <source>Print the signer&apos;s short bio under the letter</source>
        <translation>手紙の下に署名者の略歴を印刷</translation>
    </message>
    <message>
        <source>Signature image</source>
        <translation>署名の画像</translation>
    </message>
    <message>
        <source>signature image</source>
        <translation>署名の画像</translation>
    </message>
    <message>
        <source>the letter</source>
        <translation>手紙</translation>
    </message>
    <message>
        <source>Add draft paragraphs</source>
        <translation>下書きの段落を追加</translation>
    </message>
    <message>
        <source>Insert field</source>
        <translation>フィールドを挿入</translation>
    </message>
    <message>
        <source>Insert %1</source>
        <translation>%1 を挿入</translation>
    </message>
    <message>
        <source>Your letter has your own words: choose draft paragraphs to add.</source>
        <translation>手紙にはすでにあなたの言葉があります。追加する下書きの段落を選んでください。</translation>
    </message>
    <message>
        <source>Draft letter from analysis</source>
        <translation>分析から手紙を下書き</translation>
    </message>
    <message>
        <source>Drafted the letter; [[prompts]] mark what only you can say.</source>
        <translation>手紙を下書きしました。[[案内]] はあなたにしか書けない部分です。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>挿入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新規(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>New &amp;Window</source>
        <translation>新しいウィンドウ(&amp;W)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>Open the E&amp;xample</source>
        <translation>サンプルを開く(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>インポート(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Versions…</source>
        <translation>バージョン(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Export E-mail &amp;Draft…</source>
        <translation>メールの下書きをエクスポート(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す:</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>やり直す:</translation>
    </message>
    <message>
        <source>Show &amp;Preview</source>
        <translation>プレビューを表示(&amp;P)</translation>
    </message>
    <message>
        <source>Check &amp;Spelling</source>
        <translation>スペルチェック(&amp;S)</translation>
    </message>
    <message>
        <source>Guide to This &amp;Step</source>
        <translation>このステップのガイド(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;About Postmortem Studio</source>
        <translation>Postmortem Studio について(&amp;A)</translation>
    </message>
    <message>
        <source>Spell checking needs the pyspellchecker package: pip install pyspellchecker</source>
        <translation>スペルチェックには pyspellchecker パッケージが必要です: pip install pyspellchecker</translation>
    </message>
    <message>
        <source>Postmortem Studio: write a postmortem once; export a customer letter and an internal report.</source>
        <translation>Postmortem Studio: ポストモーテムを一度書けば、顧客向けの手紙と社内レポートを書き出せます。</translation>
    </message>
</context>
<context>
    <name>MarkdownEdit</name>
    <message>
        <source>Bold</source>
        <translation>太字</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>斜体</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>箇条書き</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>リンク</translation>
    </message>
    <message>
        <source>link text</source>
        <translation>リンクの文字</translation>
    </message>
    <message>
        <source>No suggestions</source>
        <translation>候補なし</translation>
    </message>
    <message>
        <source>Add “%1” to the dictionary</source>
        <translation>「%1」を辞書に追加</translation>
    </message>
</context>
<context>
    <name>MarkdownField</name>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n 語</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n 文字</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Dismiss message</source>
        <translation>メッセージを閉じる</translation>
    </message>
</context>
<context>
    <name>NotesBox</name>
    <message>
        <source>🔒  Internal notes — never sent to customers</source>
        <translation>🔒  社内メモ — 顧客には送られません</translation>
    </message>
    <message>
        <source>Only the internal report shows these notes about %1; the customer letter never does.</source>
        <translation>%1についてのこのメモは社内レポートにだけ載り、顧客への手紙には載りません。</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Names, links, raw data, open questions…</source>
        <translation>名前、リンク、生データ、未解決の疑問…</translation>
    </message>
    <message>
        <source>Internal notes about %1 (never sent to customers)</source>
        <translation>%1についての社内メモ（顧客には送られません）</translation>
    </message>
</context>
<context>
    <name>OptionalDateTimeEdit</name>
    <message>
        <source>Clear</source>
        <translation>消去</translation>
    </message>
</context>
<context>
    <name>OverviewStep</name>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>ひと目で</translation>
    </message>
    <message>
        <source>From the timeline and the impact window; the report prints the same chart.</source>
        <translation>タイムラインと影響期間から作成。レポートにも同じ図が載ります。</translation>
    </message>
    <message>
        <source>The incident</source>
        <translation>インシデント</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Web site unavailable after a storage failure</source>
        <translation>ストレージ障害によりウェブサイトが利用不可</translation>
    </message>
    <message>
        <source>Incident id</source>
        <translation>インシデント ID</translation>
    </message>
    <message>
        <source>INC-2026-042</source>
        <translation>INC-2026-042</translation>
    </message>
    <message>
        <source>The id in your incident tracker; the report prints it.</source>
        <translation>インシデント管理ツールでの ID。レポートに印刷されます。</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>深刻度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Set it to Final only when the checks find no errors.</source>
        <translation>チェックでエラーが出なくなってから「確定」にします。</translation>
    </message>
    <message>
        <source>Date of this write-up</source>
        <translation>この文書の日付</translation>
    </message>
    <message>
        <source>Exports carry this date, so they come out the same every time.</source>
        <translation>エクスポートにはこの日付が入るため、毎回同じ結果になります。</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>タイムゾーン</translation>
    </message>
    <message>
        <source>The zone customers live in; every time is shown in it, zone named.</source>
        <translation>顧客が暮らすタイムゾーン。すべての時刻がゾーン名付きでこのゾーンで表示されます。</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>用紙サイズ</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>Printed on the letterhead and in the report&apos;s footer.</source>
        <translation>レターヘッドとレポートのフッターに印刷されます。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Example Software Ltd</source>
        <translation>サンプルソフトウェア株式会社</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>ロゴ</translation>
    </message>
    <message>
        <source>An image in the same folder as this document.</source>
        <translation>この文書と同じフォルダーにある画像。</translation>
    </message>
    <message>
        <source>Web site</source>
        <translation>ウェブサイト</translation>
    </message>
    <message>
        <source>Support e-mail</source>
        <translation>サポートのメール</translation>
    </message>
    <message>
        <source>support@example.com</source>
        <translation>support@example.com</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Brand colour</source>
        <translation>ブランドカラー</translation>
    </message>
    <message>
        <source>Used sparingly: the letterhead rule and headings.</source>
        <translation>控えめに使います: レターヘッドの罫線と見出し。</translation>
    </message>
    <message>
        <source>People</source>
        <translation>関係者</translation>
    </message>
    <message>
        <source>Authors write the postmortem; one of them signs the letter.</source>
        <translation>作成者がポストモーテムを書き、そのうち 1 人が手紙に署名します。</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>作成者</translation>
    </message>
    <message>
        <source>Add author</source>
        <translation>作成者を追加</translation>
    </message>
    <message>
        <source>Remove author</source>
        <translation>作成者を削除</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>レビュー担当者</translation>
    </message>
    <message>
        <source>Add reviewer</source>
        <translation>レビュー担当者を追加</translation>
    </message>
    <message>
        <source>Remove reviewer</source>
        <translation>レビュー担当者を削除</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>要約</translation>
    </message>
    <message>
        <source>On 27 October our web site and support desk were unavailable for 31 hours after a storage failure. Messages sent to support in that time may have been lost…</source>
        <translation>10 月 27 日、ストレージ障害により当社のウェブサイトとサポート窓口が 31 時間利用できませんでした。その間にサポートへ送られたメッセージは失われた可能性があります…</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>タグを追加</translation>
    </message>
    <message>
        <source>storage, backup</source>
        <translation>ストレージ, バックアップ</translation>
    </message>
    <message>
        <source>the overview and summary</source>
        <translation>概要と要約</translation>
    </message>
    <message>
        <source>Notes on the summary</source>
        <translation>要約についてのメモ</translation>
    </message>
    <message>
        <source>What the summary leaves out on purpose, and why</source>
        <translation>要約であえて省いたことと、その理由</translation>
    </message>
</context>
<context>
    <name>PdfPages</name>
    <message>
        <source>Page %1</source>
        <translation>%1 ページ</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Add author</source>
        <translation>作成者を追加</translation>
    </message>
    <message>
        <source>Add reviewer</source>
        <translation>レビュー担当者を追加</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Customer letter</source>
        <translation>顧客への手紙</translation>
    </message>
    <message>
        <source>Internal report</source>
        <translation>社内レポート</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>プレビュー: %1</translation>
    </message>
    <message>
        <source>Waiting for the renderer…</source>
        <translation>レンダラーを待っています…</translation>
    </message>
    <message>
        <source>Preview status</source>
        <translation>プレビューの状態</translation>
    </message>
    <message>
        <source>The preview appears here a moment after you stop typing.</source>
        <translation>入力を止めて少しすると、ここにプレビューが表示されます。</translation>
    </message>
    <message>
        <source>Starting the renderer…</source>
        <translation>レンダラーを起動しています…</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>更新しています…</translation>
    </message>
    <message>
        <source>The renderer returned a PDF that cannot be displayed.</source>
        <translation>レンダラーから表示できない PDF が返されました。</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) · up to date</source>
        <translation>
            <numerusform>%n ページ · 最新</numerusform>
        </translation>
    </message>
    <message>
        <source>The preview could not be rendered: %1</source>
        <translation>プレビューを作成できませんでした: %1</translation>
    </message>
    <message>
        <source>Render failed</source>
        <translation>表示に失敗</translation>
    </message>
</context>
<context>
    <name>Questions</name>
    <message>
        <source>Postmortems (*.postmortem);;All files (*)</source>
        <translation>ポストモーテム (*.postmortem);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Open a postmortem</source>
        <translation>ポストモーテムを開く</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>Save the postmortem</source>
        <translation>ポストモーテムを保存</translation>
    </message>
    <message>
        <source>Save the changes to “%1” before closing?</source>
        <translation>閉じる前に「%1」の変更を保存しますか？</translation>
    </message>
    <message>
        <source>Your changes are lost if you don&apos;t save them.</source>
        <translation>保存しないと変更は失われます。</translation>
    </message>
    <message>
        <source>“%1” is already open by %2.</source>
        <translation>「%1」は %2 がすでに開いています。</translation>
    </message>
    <message>
        <source>Two people saving the same file overwrite each other&apos;s work. You can open it read-only to read it; close it there first to edit it here.</source>
        <translation>2 人が同じファイルを保存すると、互いの作業を上書きしてしまいます。読み取り専用で開いて読むことはできます。ここで編集するには、先に向こうで閉じてください。</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>読み取り専用で開く</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>“%1” is already open in another Postmortem Studio window.</source>
        <translation>「%1」は別の Postmortem Studio ウィンドウですでに開かれています。</translation>
    </message>
    <message>
        <source>Edit it there, or open a read-only copy here.</source>
        <translation>そちらで編集するか、ここで読み取り専用のコピーを開いてください。</translation>
    </message>
    <message>
        <source>Show That Window</source>
        <translation>そのウィンドウを表示</translation>
    </message>
    <message>
        <source>“%1” was changed by another program since you opened it.</source>
        <translation>「%1」は開いた後に別のプログラムで変更されました。</translation>
    </message>
    <message>
        <source>Saving replaces those changes with yours (the file as it is now is kept under File ▸ Versions). Save As keeps both.</source>
        <translation>保存すると、その変更はあなたの変更で置き換えられます（現在のファイルは「ファイル ▸ バージョン」に残ります）。「名前を付けて保存」なら両方残せます。</translation>
    </message>
    <message>
        <source>Overwrite the Other Change</source>
        <translation>もう一方の変更を上書き</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>名前を付けて保存…</translation>
    </message>
    <message>
        <source>Reload “%1” from disk?</source>
        <translation>「%1」をディスクから読み込み直しますか？</translation>
    </message>
    <message>
        <source>Your unsaved changes are replaced by what the file now says. Edit ▸ Undo brings them back.</source>
        <translation>保存していない変更は、現在のファイルの内容に置き換えられます。「編集 ▸ 元に戻す」で戻せます。</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>読み込み直す</translation>
    </message>
    <message>
        <source>Discard the unsaved work in “%1”?</source>
        <translation>「%1」の保存されていない作業を破棄しますか？</translation>
    </message>
    <message>
        <source>The autosaved copy is deleted. This cannot be undone.</source>
        <translation>自動保存されたコピーは削除されます。元に戻せません。</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>破棄</translation>
    </message>
</context>
<context>
    <name>RecipientLetter</name>
    <message>
        <source>Select a recipient to read their letter.</source>
        <translation>受信者を選ぶと、その人への手紙を読めます。</translation>
    </message>
    <message>
        <source>Recipient letter status</source>
        <translation>受信者の手紙の状態</translation>
    </message>
    <message>
        <source>Letter for the selected recipient</source>
        <translation>選んだ受信者への手紙</translation>
    </message>
    <message>
        <source>Their letter appears here, as the merge will write it.</source>
        <translation>差し込みで書き出されるとおりの手紙がここに表示されます。</translation>
    </message>
    <message>
        <source>Writing the letter to %1…</source>
        <translation>%1 への手紙を書き出しています…</translation>
    </message>
    <message>
        <source>the PDF cannot be shown</source>
        <translation>PDF を表示できません</translation>
    </message>
    <message>
        <source>Their letter could not be written: %1</source>
        <translation>この人への手紙を書き出せませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>The letter to %1 (%2), %n page(s), as the merge writes it</source>
        <translation>
            <numerusform>%1 (%2) への手紙、%n ページ。差し込みで書き出されるとおりです</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecipientsModel</name>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Their window</source>
        <translation>障害期間</translation>
    </message>
    <message>
        <source>Lost items</source>
        <translation>失われたもの</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>as in the letter</source>
        <translation>手紙と同じ</translation>
    </message>
    <message>
        <source>%1 onwards</source>
        <translation>%1 以降</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1〜%2</translation>
    </message>
</context>
<context>
    <name>RecipientsStep</name>
    <message>
        <source>One row per recipient; columns email and name, and as you need company, salutation, language, impact_start and impact_end (their own window, e.g. 2026-10-28T22:45:00-04:00), lost_items, note, or any other column a {{ recipient.x }} field uses.</source>
        <translation>受信者ごとに 1 行。列は email と name、必要に応じて company、salutation、language、impact_start と impact_end (その人の障害期間。例: 2026-10-28T22:45:00-04:00)、lost_items、note、または {{ recipient.x }} フィールドが使うその他の列。</translation>
    </message>
    <message>
        <source>Recipients file</source>
        <translation>受信者ファイル</translation>
    </message>
    <message>
        <source>Import Recipients…</source>
        <translation>受信者をインポート…</translation>
    </message>
    <message>
        <source>Import recipients</source>
        <translation>受信者をインポート</translation>
    </message>
    <message>
        <source>Read Again</source>
        <translation>読み込み直す</translation>
    </message>
    <message>
        <source>Read the file again after changing it in a spreadsheet</source>
        <translation>表計算ソフトで変更した後、ファイルを読み込み直します</translation>
    </message>
    <message>
        <source>No recipients yet.</source>
        <translation>受信者はまだいません。</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>受信者</translation>
    </message>
    <message>
        <source>Their letter</source>
        <translation>その人への手紙</translation>
    </message>
    <message>
        <source>Write the letters</source>
        <translation>手紙を書き出す</translation>
    </message>
    <message>
        <source>One PDF and one e-mail per ready row, and manifest.csv listing them. Writing again redoes only what changed.</source>
        <translation>準備のできた行ごとに PDF とメールを 1 つずつ、それらの一覧 manifest.csv を書き出します。もう一度書き出すと、変わったものだけを作り直します。</translation>
    </message>
    <message>
        <source>Folder for the letters</source>
        <translation>手紙の保存フォルダー</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Write Letters</source>
        <translation>手紙を書き出す</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Write to</source>
        <translation>書き出し先</translation>
    </message>
    <message>
        <source>Letters written</source>
        <translation>書き出した手紙</translation>
    </message>
    <message>
        <source>Merge status</source>
        <translation>差し込みの状態</translation>
    </message>
    <message>
        <source>Send the letters</source>
        <translation>手紙を送信</translation>
    </message>
    <message>
        <source>Through your organisation&apos;s mail server, each letter once: sending again sends only what has not gone yet.</source>
        <translation>組織のメールサーバーから各手紙を 1 回ずつ送ります。もう一度送ると、まだ送っていないものだけを送ります。</translation>
    </message>
    <message>
        <source>This document names %1; save it in the folder that holds that file.</source>
        <translation>この文書は %1 を指定しています。そのファイルのあるフォルダーに文書を保存してください。</translation>
    </message>
    <message>
        <source>Import Recipients</source>
        <translation>受信者をインポート</translation>
    </message>
    <message>
        <source>Recipients (*.csv *.xlsx)</source>
        <translation>受信者 (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Use recipients file</source>
        <translation>受信者ファイルを使用</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 を読み込んでいます…</translation>
    </message>
    <message numerus="yes">
        <source>; %n with problems (see the Problems column)</source>
        <translation>
            <numerusform>、問題あり %n 人 (「問題」列を参照)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n recipient(s), %2 ready</source>
        <translation>
            <numerusform>%1: 受信者 %n 人、準備完了 %2 人</numerusform>
        </translation>
    </message>
    <message>
        <source>The document remembers this file: reopened, it shows these recipients, read afresh.</source>
        <translation>文書はこのファイルを覚えています。開き直すと、読み込み直したこれらの受信者を表示します。</translation>
    </message>
    <message>
        <source>Not remembered: save the document in the folder that holds this file to keep it.</source>
        <translation>記憶されません。このファイルを保持するには、ファイルのあるフォルダーに文書を保存してください。</translation>
    </message>
    <message>
        <source>Not remembered: %1 is outside the document&apos;s folder. Move it next to the document and import it from there to have it come back when you reopen.</source>
        <translation>記憶されません。%1 は文書のフォルダーの外にあります。開き直したときにも表示されるよう、文書と同じフォルダーに移してから、そこからインポートしてください。</translation>
    </message>
    <message>
        <source>Folder for the Letters</source>
        <translation>手紙の保存フォルダー</translation>
    </message>
    <message>
        <source>Import recipients and choose a folder for the letters first.</source>
        <translation>先に受信者をインポートし、手紙の保存フォルダーを選んでください。</translation>
    </message>
    <message>
        <source>Writing the letters…</source>
        <translation>手紙を書き出しています…</translation>
    </message>
    <message>
        <source>Stopping after the letters being written now…</source>
        <translation>書き出し中の手紙が終わったら停止します…</translation>
    </message>
    <message>
        <source>Writing the letters: %1 of %2…</source>
        <translation>手紙を書き出しています: %1 / %2…</translation>
    </message>
    <message>
        <source>the merge stopped</source>
        <translation>差し込みが停止しました</translation>
    </message>
    <message>
        <source>The letters could not be written: %1</source>
        <translation>手紙を書き出せませんでした: %1</translation>
    </message>
</context>
<context>
    <name>RecoveryActions</name>
    <message>
        <source>“%1” could not be opened for editing, so its work stays kept.</source>
        <translation>「%1」を編集用に開けなかったため、作業内容はそのまま保管されます。</translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation>保存されていない変更を復元</translation>
    </message>
    <message>
        <source>“%1” is open by %2; its work stays kept.</source>
        <translation>「%1」は %2 が開いています。作業内容はそのまま保管されます。</translation>
    </message>
    <message>
        <source>the version of “%1” saved at %2. To bring it back, use Restore in File ▸ Versions</source>
        <translation>%2 に保存された「%1」のバージョン。戻すには「ファイル ▸ バージョン」の「復元」を使います</translation>
    </message>
    <message>
        <source>read-only, version of %1</source>
        <translation>読み取り専用、%1 のバージョン</translation>
    </message>
</context>
<context>
    <name>RecoveryCard</name>
    <message>
        <source>Untitled postmortem</source>
        <translation>無題のポストモーテム</translation>
    </message>
    <message>
        <source>A new document, never saved</source>
        <translation>一度も保存されていない新しい文書</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>破棄…</translation>
    </message>
    <message>
        <source>Discard the unsaved work in %1</source>
        <translation>%1 の保存されていない作業を破棄</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>Recover %1</source>
        <translation>%1 を復元</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>less than a minute ago</source>
        <translation>1 分以内</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n 分前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n 時間前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 日前</numerusform>
        </translation>
    </message>
    <message>
        <source>Autosaved %1 (%2)</source>
        <translation>自動保存: %1（%2）</translation>
    </message>
    <message>
        <source>Never saved. Written so far: %1.</source>
        <translation>未保存。ここまでに書いた内容: %1。</translation>
    </message>
    <message>
        <source>Never saved.</source>
        <translation>未保存。</translation>
    </message>
    <message>
        <source>Cannot compare with the saved file: %1.</source>
        <translation>保存済みのファイルと比較できません: %1。</translation>
    </message>
    <message>
        <source>Same as the saved file.</source>
        <translation>保存済みのファイルと同じです。</translation>
    </message>
    <message>
        <source>Changed since saved: %1.</source>
        <translation>保存後に変更: %1。</translation>
    </message>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>保存されていない作業の復元</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>保存されていない作業を復元</translation>
    </message>
    <message>
        <source>Postmortem Studio closed before these changes were saved. Their last autosaved copies are here; recover them to keep writing.</source>
        <translation>これらの変更が保存される前に Postmortem Studio が終了しました。最後に自動保存されたコピーがここにあります。復元して続きを書いてください。</translation>
    </message>
    <message>
        <source>Not now keeps the autosaved copies; they are offered again next time.</source>
        <translation>「今はしない」を選ぶと自動保存のコピーは残り、次回また表示されます。</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>今はしない</translation>
    </message>
</context>
<context>
    <name>RenderService</name>
    <message>
        <source>The renderer stopped unexpectedly (%1).</source>
        <translation>レンダラーが予期せず停止しました (%1)。</translation>
    </message>
</context>
<context>
    <name>ReviewStep</name>
    <message>
        <source>Both exports</source>
        <translation>両方のエクスポート</translation>
    </message>
    <message>
        <source>Customer letter</source>
        <translation>顧客への手紙</translation>
    </message>
    <message>
        <source>Internal report</source>
        <translation>社内レポート</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>指摘</translation>
    </message>
    <message>
        <source>Double-click or press Enter on a finding to go to its field.</source>
        <translation>指摘をダブルクリックするか Enter キーを押すと、その項目に移動します。</translation>
    </message>
    <message>
        <source>Show findings for</source>
        <translation>表示する指摘</translation>
    </message>
    <message>
        <source>Errors first, then warnings and hints</source>
        <translation>エラー、警告、ヒントの順</translation>
    </message>
    <message>
        <source>Export customer letter…</source>
        <translation>顧客への手紙をエクスポート…</translation>
    </message>
    <message>
        <source>Export internal report…</source>
        <translation>社内レポートをエクスポート…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Ready to publish: no errors.</source>
        <translation>公開できます: エラーはありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) to read.</source>
        <translation>
            <numerusform>読むべき警告が %n 件あります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not ready yet: %n error(s)</source>
        <translation>
            <numerusform>まだ公開できません: エラー %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n warning(s).</source>
        <translation>
            <numerusform>、警告 %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>You can still export a draft.</source>
        <translation>下書きとしてエクスポートすることはできます。</translation>
    </message>
    <message numerus="yes">
        <source>The recipients file has %n problem(s); its rows with errors get no letter.</source>
        <translation>
            <numerusform>宛先ファイルに問題が%n件あります。エラーのある行には手紙が作成されません。</numerusform>
        </translation>
    </message>
    <message>
        <source>The settings file was not used: %1</source>
        <translation>設定ファイルは使われませんでした: %1</translation>
    </message>
</context>
<context>
    <name>RootCauseStep</name>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>きっかけ</translation>
    </message>
    <message>
        <source>The event that started the incident</source>
        <translation>インシデントの発端となった出来事</translation>
    </message>
    <message>
        <source>Root causes</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <source>Add root cause</source>
        <translation>根本原因を追加</translation>
    </message>
    <message>
        <source>A condition that, fixed, prevents a repeat</source>
        <translation>直せば再発を防げる条件</translation>
    </message>
    <message>
        <source>Contributing factors</source>
        <translation>寄与要因</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>要因</translation>
    </message>
    <message>
        <source>Add factor</source>
        <translation>要因を追加</translation>
    </message>
    <message>
        <source>Something that made it worse or longer</source>
        <translation>状況を悪化させた、または長引かせたもの</translation>
    </message>
    <message>
        <source>Five whys</source>
        <translation>なぜなぜ分析</translation>
    </message>
    <message>
        <source>Ask why, answer, and ask why again about the answer, until the answer is something you can fix.</source>
        <translation>「なぜ」と問い、答え、その答えについてまた「なぜ」と問います。答えが直せるものになるまで続けます。</translation>
    </message>
    <message>
        <source>Remove why</source>
        <translation>「なぜ」を削除</translation>
    </message>
    <message>
        <source>Ask why?</source>
        <translation>なぜ？</translation>
    </message>
    <message>
        <source>Add the next &apos;why?&apos; row</source>
        <translation>次の「なぜ？」の行を追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Detection and response</source>
        <translation>検知と対応</translation>
    </message>
    <message>
        <source>How we noticed</source>
        <translation>どう気づいたか</translation>
    </message>
    <message>
        <source>Who or what noticed first, and how long after the trigger</source>
        <translation>最初に気づいたのは誰（何）か、きっかけからどれくらい後か</translation>
    </message>
    <message>
        <source>How the response went</source>
        <translation>対応はどうだったか</translation>
    </message>
    <message>
        <source>What helped, what got in the way</source>
        <translation>役立ったこと、妨げになったこと</translation>
    </message>
    <message>
        <source>the root cause</source>
        <translation>根本原因</translation>
    </message>
</context>
<context>
    <name>SendForm</name>
    <message>
        <source>TLS (port 465)</source>
        <translation>TLS (ポート 465)</translation>
    </message>
    <message>
        <source>None (a relay on this machine)</source>
        <translation>なし (このマシン上のリレー)</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>メールサーバー</translation>
    </message>
    <message>
        <source>Mail server port</source>
        <translation>メールサーバーのポート</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>暗号化</translation>
    </message>
    <message>
        <source>Empty: the server needs no login</source>
        <translation>空欄: サーバーにログインは不要</translation>
    </message>
    <message>
        <source>Mail server user</source>
        <translation>メールサーバーのユーザー</translation>
    </message>
    <message>
        <source>Empty: the certificate authorities the system trusts</source>
        <translation>空欄：システムが信頼する認証局</translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation>認証局のファイル</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Choose the certificate authority file</source>
        <translation>認証局のファイルを選択</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>認証局</translation>
    </message>
    <message>
        <source>From the system keyring, or asked for when you send; never saved.</source>
        <translation>システムのキーリングから取得するか、送信時に尋ねます。保存はしません。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Send Letters…</source>
        <translation>手紙を送信…</translation>
    </message>
    <message>
        <source>Send the letters</source>
        <translation>手紙を送信</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>The letters in %1 are ready to send.</source>
        <translation>%1 の手紙を送信できます。</translation>
    </message>
    <message>
        <source>Certificate Authority</source>
        <translation>認証局</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>証明書 (*.pem *.crt *.cer);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Give the mail server&apos;s name first.</source>
        <translation>先にメールサーバー名を入力してください。</translation>
    </message>
    <message>
        <source>Nothing sent: choose a certificate authority file that can be used, or empty the field.</source>
        <translation>送信していません：使用できる認証局のファイルを選ぶか、欄を空にしてください。</translation>
    </message>
    <message>
        <source>Reading the letters…</source>
        <translation>手紙を読み込んでいます…</translation>
    </message>
    <message numerus="yes">
        <source>All %n letter(s) in this folder have been sent already.</source>
        <translation>
            <numerusform>このフォルダーの手紙 %n 通はすべて送信済みです。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing sent.</source>
        <translation>何も送信していません。</translation>
    </message>
    <message>
        <source>Asking the system keyring for the password…</source>
        <translation>システムのキーリングにパスワードを問い合わせています…</translation>
    </message>
    <message numerus="yes">
        <source> (%n were sent before)</source>
        <translation>
            <numerusform> (うち %n 通は送信済み)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send the letter to %n recipient(s)%1 through %2?</source>
        <translation>
            <numerusform>受信者 %n 人%1に、%2 経由で手紙を送信しますか?</numerusform>
        </translation>
    </message>
    <message>
        <source>no encryption</source>
        <translation>暗号化なし</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1 (ユーザー %2)</translation>
    </message>
    <message>
        <source>Send the Letters</source>
        <translation>手紙の送信</translation>
    </message>
    <message>
        <source>Mail Server Password</source>
        <translation>メールサーバーのパスワード</translation>
    </message>
    <message>
        <source>Password for %1 at %2 (not saved):</source>
        <translation>%2 の %1 のパスワード (保存しません):</translation>
    </message>
    <message>
        <source>Nothing sent: no password.</source>
        <translation>パスワードがないため、何も送信していません。</translation>
    </message>
    <message>
        <source>Sending through %1…</source>
        <translation>%1 経由で送信しています…</translation>
    </message>
    <message>
        <source>Sent %1, skipped %2, failed %3.</source>
        <translation>送信 %1 件、スキップ %2 件、失敗 %3 件。</translation>
    </message>
    <message>
        <source>Sending stopped: %1</source>
        <translation>送信を中止しました: %1</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Postmortem Studio</source>
        <translation>Postmortem Studio</translation>
    </message>
    <message>
        <source>Write the incident once: a guided analysis for your team and an honest letter for your customers, exported as PDF, Markdown or HTML.</source>
        <translation>インシデントは一度書くだけ。チーム向けのガイド付き分析と、顧客への誠実な手紙を、PDF・Markdown・HTML で書き出せます。</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>テンプレート</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>Create from template</source>
        <translation>テンプレートから作成</translation>
    </message>
    <message>
        <source>Open a file…</source>
        <translation>ファイルを開く…</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>最近使ったファイル</translation>
    </message>
    <message>
        <source>Open the example: storage outage letter and report</source>
        <translation>サンプルを開く: ストレージ障害の手紙とレポート</translation>
    </message>
    <message>
        <source>Open the example</source>
        <translation>サンプルを開く</translation>
    </message>
    <message>
        <source>Start a new postmortem</source>
        <translation>新しいポストモーテムを始める</translation>
    </message>
    <message>
        <source>Continue writing</source>
        <translation>続きを書く</translation>
    </message>
    <message>
        <source>See a finished one</source>
        <translation>完成例を見る</translation>
    </message>
    <message>
        <source>No recent files yet</source>
        <translation>最近使ったファイルはまだありません</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>Steps</source>
        <translation>ステップ</translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>%1 step</source>
        <translation>%1 ステップ</translation>
    </message>
    <message>
        <source>this step</source>
        <translation>このステップ</translation>
    </message>
    <message>
        <source>To finish this step</source>
        <translation>このステップを終えるには</translation>
    </message>
</context>
<context>
    <name>StepState</name>
    <message>
        <source>Empty</source>
        <translation>未記入</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>作成中</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Has problems</source>
        <translation>問題あり</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 件のエラー</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 件の警告</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1、%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n to fix</source>
        <translation>
            <numerusform>%1 · 要修正 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影響</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>対応項目</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>教訓</translation>
    </message>
    <message>
        <source>Customer letter</source>
        <translation>顧客への手紙</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>受信者</translation>
    </message>
    <message>
        <source>Review &amp; export</source>
        <translation>確認とエクスポート</translation>
    </message>
</context>
<context>
    <name>TimelineChartView</name>
    <message>
        <source>The chart appears once the timeline has a trigger, detection, mitigation or resolution, or the impact has a start and an end.</source>
        <translation>タイムラインにきっかけ・検知・緩和・解決のいずれかが入るか、影響に開始と終了が入ると、図が表示されます。</translation>
    </message>
    <message>
        <source>Timeline chart</source>
        <translation>タイムラインの図</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Edit time</source>
        <translation>時刻を編集</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>イベントを追加</translation>
    </message>
    <message>
        <source>Insert event</source>
        <translation>イベントを挿入</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>イベントを削除</translation>
    </message>
    <message>
        <source>Move event</source>
        <translation>イベントを移動</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n event(s)</source>
        <translation>
            <numerusform>イベントを %n 件貼り付け</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineStep</name>
    <message>
        <source>Timeline events</source>
        <translation>タイムラインのイベント</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>イベントを追加</translation>
    </message>
    <message>
        <source>Add an event after the last one</source>
        <translation>最後のイベントの後に追加</translation>
    </message>
    <message>
        <source>Insert above</source>
        <translation>上に挿入</translation>
    </message>
    <message>
        <source>Insert an event at the selected event&apos;s time, above it</source>
        <translation>選択したイベントと同じ時刻のイベントをその上に挿入</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上へ</translation>
    </message>
    <message>
        <source>Reorder events that happened in the same minute</source>
        <translation>同じ分に起きたイベントの順序を変える</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下へ</translation>
    </message>
    <message>
        <source>Paste events</source>
        <translation>イベントを貼り付け</translation>
    </message>
    <message>
        <source>Add events from copied lines such as &apos;2026-10-27 03:10 Primary drive failed&apos; or CSV rows (Ctrl+V in the table)</source>
        <translation>「2026-10-27 03:10 プライマリドライブ故障」のようなコピーした行や CSV の行からイベントを追加（表で Ctrl+V）</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Times are in the document&apos;s time zone (set on the Overview step). Paste lines from a chat log or a spreadsheet to add many events at once.</source>
        <translation>時刻は文書のタイムゾーン（「概要」ステップで設定）で表されます。チャットのログや表計算の行を貼り付けると、まとめてイベントを追加できます。</translation>
    </message>
    <message>
        <source>Key durations</source>
        <translation>主な所要時間</translation>
    </message>
    <message>
        <source>the timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message numerus="yes">
        <source>; and %n more</source>
        <translation>
            <numerusform>、ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Some lines were not added — %1.</source>
        <translation>追加されなかった行があります — %1。</translation>
    </message>
    <message>
        <source>The clipboard holds no lines that start with a time.</source>
        <translation>クリップボードに時刻で始まる行がありません。</translation>
    </message>
    <message>
        <source>Time to detect</source>
        <translation>検知まで</translation>
    </message>
    <message>
        <source>Time to mitigate</source>
        <translation>緩和まで</translation>
    </message>
    <message>
        <source>Time to resolve</source>
        <translation>解決まで</translation>
    </message>
    <message>
        <source>Customer impact</source>
        <translation>顧客への影響</translation>
    </message>
    <message>
        <source>%1: check the times and their UTC offsets.</source>
        <translation>%1: 時刻と UTC オフセットを確認してください。</translation>
    </message>
</context>
<context>
    <name>TranslationSheet</name>
    <message>
        <source>Not translated yet</source>
        <translation>未翻訳</translation>
    </message>
    <message>
        <source>The original changed after this was translated: check the translation</source>
        <translation>翻訳後に原文が変わりました。翻訳を確認してください</translation>
    </message>
    <message>
        <source>The original no longer has this paragraph; the letter leaves it out</source>
        <translation>原文にこの段落はもうありません。手紙では省かれます</translation>
    </message>
    <message>
        <source>Mark as up to date</source>
        <translation>最新としてマーク</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>The original on the left, read-only; the %1 translation on the right.</source>
        <translation>左に原文（読み取り専用）、右に翻訳（%1）。</translation>
    </message>
    <message>
        <source>Everything is translated.</source>
        <translation>すべて翻訳済みです。</translation>
    </message>
    <message>
        <source>%1 of %2 texts need your attention.</source>
        <translation>%2 件中 %1 件のテキストに確認が必要です。</translation>
    </message>
    <message>
        <source>Edit %1 %2</source>
        <translation>%2（%1）を編集</translation>
    </message>
    <message>
        <source>Remove left-over paragraph</source>
        <translation>残った段落を削除</translation>
    </message>
    <message>
        <source>Mark translation as up to date</source>
        <translation>翻訳を最新としてマーク</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>Clear %1</source>
        <translation>%1 を消去</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 を編集</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 を追加</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 を削除</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>%1 を移動</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <source>Versions of “%1”</source>
        <translation>「%1」のバージョン</translation>
    </message>
    <message>
        <source>Each save keeps the version it replaces (the last 20). Open one to read it, or restore it: restoring is one step that Edit ▸ Undo takes back.</source>
        <translation>保存するたびに置き換えられる前のバージョンが残ります（直近 20 件）。開いて読むか、復元できます。復元は「編集 ▸ 元に戻す」で取り消せる 1 ステップです。</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>No earlier versions yet: one is kept each time you save.</source>
        <translation>以前のバージョンはまだありません。保存するたびに 1 つ残ります。</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>読み取り専用で開く</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
</context>
<context>
    <name>VersionsModel</name>
    <message>
        <source>Today %1</source>
        <translation>今日 %1</translation>
    </message>
    <message>
        <source>Yesterday %1</source>
        <translation>昨日 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n バイト</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存日時</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Saved %1; replaced %2</source>
        <translation>保存 %1、置き換え %2</translation>
    </message>
</context>
<context>
    <name>WhysModel</name>
    <message>
        <source>Ask why</source>
        <translation>なぜを問う</translation>
    </message>
</context>
<context>
    <name>_Row</name>
    <message>
        <source>%1, original</source>
        <translation>%1（原文）</translation>
    </message>
    <message>
        <source>%1, translation</source>
        <translation>%1（翻訳）</translation>
    </message>
</context>
</TS>
