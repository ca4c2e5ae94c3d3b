<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
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
        <source>Letters to &amp;Recipients…</source>
        <translation>受信者ごとの手紙(&amp;R)…</translation>
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
        <source>Review &amp; export</source>
        <translation>確認とエクスポート</translation>
    </message>
</context>
</TS>
