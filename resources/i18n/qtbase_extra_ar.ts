<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Arabic for Qt's own strings that PySide6's qtbase_ar.qm lacks (Qt 6 added the "&" mnemonics
     the old translations do not have). Loaded after qtbase_ar, before qari_ar (ui/app.py). -->
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>ا&amp;بحث في:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>الملفات من ال&amp;نوع:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>ا&amp;سم الملف:</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message><source>Drive</source><translation>قرص</translation></message>
    <message><source>File Folder</source><translation>مجلد ملفات</translation></message>
    <message><source>Folder</source><translation>مجلد</translation></message>
    <message><source>Shortcut</source><translation>اختصار</translation></message>
    <message><source>Unknown</source><translation>غير معروف</translation></message>
</context>
<context>
    <name>QFileIconProvider</name>
    <message><source>Drive</source><translation>قرص</translation></message>
    <message><source>File Folder</source><translation>مجلد ملفات</translation></message>
    <message><source>Folder</source><translation>مجلد</translation></message>
    <message><source>Shortcut</source><translation>اختصار</translation></message>
    <message><source>Unknown</source><translation>غير معروف</translation></message>
</context>
</TS>
