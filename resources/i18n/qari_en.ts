<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AllNotesDialog</name>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArticleEditing</name>
    <message numerus="yes">
        <source>%n annotation(s) could not be placed in the new text; see Notes.</source>
        <translation>
            <numerusform>%n annotation could not be placed in the new text; see Notes.</numerusform>
            <numerusform>%n annotations could not be placed in the new text; see Notes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArticleInfoPanel</name>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min read</source>
        <translation>
            <numerusform>%n min read</numerusform>
            <numerusform>%n min read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntitiesPanel</name>
    <message numerus="yes">
        <source>%n mention(s)</source>
        <translation>
            <numerusform>%n mention</numerusform>
            <numerusform>%n mentions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryCommands</name>
    <message numerus="yes">
        <source>Delete %n article(s)</source>
        <translation>
            <numerusform>Delete %n article</numerusform>
            <numerusform>Delete %n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message numerus="yes">
        <source>Delete %n articles from the library?</source>
        <translation>
            <numerusform>Delete this article from the library?</numerusform>
            <numerusform>Delete %n articles from the library?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min read</source>
        <translation>
            <numerusform>%n min read</numerusform>
            <numerusform>%n min read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuotesPanel</name>
    <message numerus="yes">
        <source>%n quotation(s)</source>
        <translation>
            <numerusform>%n quotation</numerusform>
            <numerusform>%n quotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reported statement(s)</source>
        <translation>
            <numerusform>%n reported statement</numerusform>
            <numerusform>%n reported statements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResearchBar</name>
    <message numerus="yes">
        <source>Tags of the %n selected article(s), separated by commas:</source>
        <translation>
            <numerusform>Tags of the %n selected article, separated by commas:</numerusform>
            <numerusform>Tags of the %n selected articles, separated by commas:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
</context>
</TS>
