package read

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf16"
	"unicode/utf8"
)

// docxWordNS declares the namespaces the fixtures use.
const docxWordNS = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ` +
	`xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ` +
	`xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" ` +
	`xmlns:v="urn:schemas-microsoft-com:vml"`

// docxDoc wraps body in a document.xml.
func docxDoc(body string) string {
	return `<?xml version="1.0" encoding="UTF-8"?><w:document ` + docxWordNS + `><w:body>` + body + `</w:body></w:document>`
}

// docxNumberingXML wraps abstract lists and instances in a numbering.xml.
func docxNumberingXML(inner string) string {
	return `<?xml version="1.0" encoding="UTF-8"?><w:numbering ` + docxWordNS + `>` + inner + `</w:numbering>`
}

// docxStylesXML wraps style definitions in a styles.xml.
func docxStylesXML(inner string) string {
	return `<?xml version="1.0" encoding="UTF-8"?><w:styles ` + docxWordNS + `>` + inner + `</w:styles>`
}

// docxZip builds a .docx in memory from its parts (name → content).
func docxZip(t testing.TB, parts map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	names := []string{"[Content_Types].xml"}
	for name := range parts {
		if name != "[Content_Types].xml" {
			names = append(names, name)
		}
	}
	for _, name := range names {
		content, ok := parts[name]
		if !ok {
			content = `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`
		}
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(content)); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// docxText reads a body (and the other parts given) as the reader does.
func docxText(t testing.TB, body string, parts map[string]string) (string, error) {
	t.Helper()
	all := map[string]string{"word/document.xml": docxDoc(body)}
	for k, v := range parts {
		all[k] = v
	}
	res, err := docxReader{}.Read(context.Background(), docxZip(t, all), DefaultLimits)
	if err != nil {
		return "", err
	}
	return res.Text, nil
}

// docxP is a paragraph of one run.
func docxP(text string) string { return `<w:p><w:r><w:t>` + text + `</w:t></w:r></w:p>` }

func TestDOCXParagraphs(t *testing.T) {
	box := `<w:txbxContent>` + docxP("框内标题") + `</w:txbxContent>`
	cases := []struct {
		name, body, want string
	}{
		{"runs join", `<w:p><w:r><w:t>发布机构：</w:t></w:r><w:r><w:t xml:space="preserve">某市民政局</w:t></w:r></w:p>`, "发布机构：某市民政局"},
		{"tab", `<w:p><w:r><w:t>姓名</w:t><w:tab/><w:t>张三</w:t></w:r></w:p>`, "姓名\t张三"},
		{"a row typed with TABs keeps its empty last cell", `<w:p><w:r><w:t>合计</w:t><w:tab/><w:t>5</w:t><w:tab/></w:r></w:p>`, "合计\t5\t"},
		{"a stray TAB at the end goes", `<w:p><w:r><w:t>姓名</w:t><w:tab/><w:t xml:space="preserve"> </w:t></w:r></w:p>`, "姓名"},
		{"break", `<w:p><w:r><w:t>第一行</w:t><w:br/><w:t>第二行</w:t><w:cr/><w:t>第三行</w:t></w:r></w:p>`, "第一行\n第二行\n第三行"},
		{"paragraph tab stops are no tabs", `<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="420"/></w:tabs></w:pPr><w:r><w:t>正文</w:t></w:r></w:p>`, "正文"},
		{"inserted kept, deleted dropped", `<w:p><w:r><w:t>发放</w:t></w:r><w:del><w:r><w:delText>3</w:delText></w:r></w:del><w:ins><w:r><w:t>5</w:t></w:r></w:ins><w:r><w:t>万元</w:t></w:r></w:p>`, "发放5万元"},
		{"moved text once", `<w:p><w:moveFrom><w:r><w:t>旧处</w:t></w:r></w:moveFrom><w:moveTo><w:r><w:t>新处</w:t></w:r></w:moveTo></w:p>`, "新处"},
		{"field result, not instruction", `<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> HYPERLINK "http://x" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>链接文字</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`, "链接文字"},
		{"hyperlink, smart tag, sdt", `<w:p><w:hyperlink r:id="rId1" xmlns:r="r"><w:r><w:t>甲</w:t></w:r></w:hyperlink><w:smartTag><w:r><w:t>乙</w:t></w:r></w:smartTag><w:sdt><w:sdtPr><w:alias w:val="x"/><w:placeholder><w:docPart w:val="y"/></w:placeholder></w:sdtPr><w:sdtContent><w:r><w:t>丙</w:t></w:r></w:sdtContent></w:sdt></w:p>`, "甲乙丙"},
		{"block sdt and customXml", `<w:sdt><w:sdtContent>` + docxP("甲") + `</w:sdtContent></w:sdt><w:customXml>` + docxP("乙") + `</w:customXml>`, "甲\n乙"},
		{"hidden text dropped", `<w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r><w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>可见</w:t></w:r></w:p>`, "可见"},
		{"text box in one branch only", `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx>` + box + `</wps:txbx></wps:wsp></w:drawing></mc:Choice><mc:Fallback><w:pict><v:rect><v:textbox>` + box + `</v:textbox></v:rect></w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>锚定段落</w:t></w:r></w:p>`, "框内标题\n锚定段落"},
		{"text box after the text before it", `<w:p><w:r><w:t>锚定段落</w:t></w:r><w:r><w:pict><v:shape><v:textbox>` + box + `</v:textbox></v:shape></w:pict></w:r></w:p>`, "锚定段落\n框内标题"},
		{"deleted paragraph mark joins", `<w:p><w:pPr><w:rPr><w:del w:id="1"/></w:rPr></w:pPr><w:r><w:t>前半</w:t></w:r></w:p>` + docxP("后半"), "前半后半"},
		{"empty paragraphs are one break", docxP("甲") + `<w:p/><w:p></w:p><w:p><w:r><w:t> </w:t></w:r></w:p>` + docxP("乙"), "甲\n\n乙"},
		{"ruby base without its reading", `<w:p><w:r><w:ruby><w:rt><w:r><w:t>zhù</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>助</w:t></w:r></w:rubyBase></w:ruby></w:r></w:p>`, "助"},
		{"symbol font character", `<w:p><w:r><w:sym w:font="Wingdings" w:char="F0FC"/><w:t>已完成</w:t></w:r></w:p>`, "✓已完成"},
		{"section properties hold no text", docxP("正文") + `<w:sectPr><w:pgSz w:w="11906"/></w:sectPr>`, "正文"},
		{"footnote reference prints nothing", `<w:p><w:r><w:t>正文</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>`, "正文"},
		{"heading by outline level", `<w:p><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:r><w:t>二、工作要求</w:t></w:r></w:p>`, "## 二、工作要求"},
		{"body outline level is no heading", `<w:p><w:pPr><w:outlineLvl w:val="9"/></w:pPr><w:r><w:t>正文</w:t></w:r></w:p>`, "正文"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := docxText(t, c.body, nil)
			if err != nil {
				t.Fatal(err)
			}
			if got != c.want {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}

func TestDOCXHeadersAndFootnotesNotBody(t *testing.T) {
	got, err := docxText(t, docxP("正文"), map[string]string{
		"word/header1.xml":   `<w:hdr ` + docxWordNS + `>` + docxP("页眉") + `</w:hdr>`,
		"word/footnotes.xml": `<w:footnotes ` + docxWordNS + `><w:footnote w:id="1">` + docxP("脚注") + `</w:footnote></w:footnotes>`,
	})
	if err != nil || got != "正文" {
		t.Errorf("got %q, %v; want only the body", got, err)
	}
}

func TestDOCXHeadingStyles(t *testing.T) {
	styles := docxStylesXML(`<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>` +
		`<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>` +
		`<w:style w:type="paragraph" w:styleId="Title2"><w:basedOn w:val="1"/></w:style>`)
	body := `<w:p><w:pPr><w:pStyle w:val="Title2"/></w:pPr><w:r><w:t>关于做好救助工作的通知</w:t></w:r></w:p>` + docxP("正文")
	got, err := docxText(t, body, map[string]string{"word/styles.xml": styles})
	if want := "# 关于做好救助工作的通知\n正文"; err != nil || got != want {
		t.Errorf("got %q, %v; want %q", got, err, want)
	}
}

func TestDOCXFormatNumber(t *testing.T) {
	cases := []struct {
		n      int
		format string
		want   string
	}{
		{1, "decimal", "1"},
		{3, "chineseCounting", "三"},
		{10, "chineseCounting", "十"},
		{11, "chineseCounting", "十一"},
		{20, "chineseCounting", "二十"},
		{99, "chineseCounting", "九十九"},
		{100, "chineseCounting", "一〇〇"},
		{105, "chineseCountingThousand", "一百零五"},
		{110, "chineseCountingThousand", "一百一十"},
		{1001, "chineseCountingThousand", "一千零一"},
		{10020, "chineseCountingThousand", "一万零二十"},
		{100000, "chineseCountingThousand", "十万"},
		{12, "taiwaneseCountingThousand", "十二"},
		{3, "chineseLegalSimplified", "叁"},
		{2, "ideographTraditional", "乙"},
		{11, "ideographTraditional", "甲"},
		{13, "ideographZodiac", "子"},
		{10, "ideographDigital", "一〇"},
		{3, "decimalEnclosedCircle", "③"},
		{20, "decimalEnclosedCircleChinese", "⑳"},
		{2, "decimalEnclosedParen", "⑵"},
		{12, "decimalFullWidth", "１２"},
		{28, "upperLetter", "BB"},
		{3, "lowerLetter", "c"},
		{4, "lowerRoman", "iv"},
		{1994, "upperRoman", "MCMXCIV"},
		{7, "decimalZero", "07"},
		{12, "ordinal", "12th"},
		{22, "ordinal", "22nd"},
		// Out of a format's range, unknown, or not counted: decimal.
		{21, "decimalEnclosedCircle", "21"},
		{4000, "upperRoman", "4000"},
		{781, "upperLetter", "781"},
		{0, "chineseCounting", "0"},
		{-2, "upperRoman", "-2"},
		{5, "hebrew2", "5"},
		{5, "none", ""},
	}
	for _, c := range cases {
		if got := docxFormatNumber(c.n, c.format); got != c.want {
			t.Errorf("docxFormatNumber(%d, %s) = %q, want %q", c.n, c.format, got, c.want)
		}
	}
}

// docxLvl is a w:lvl.
func docxLvl(ilvl, start, format, text string, extra string) string {
	return `<w:lvl w:ilvl="` + ilvl + `"><w:start w:val="` + start + `"/><w:numFmt w:val="` + format + `"/><w:lvlText w:val="` + text + `"/>` + extra + `</w:lvl>`
}

// docxNumP is a paragraph in list numID at level ilvl.
func docxNumP(numID, ilvl, text string) string {
	return `<w:p><w:pPr><w:numPr><w:ilvl w:val="` + ilvl + `"/><w:numId w:val="` + numID + `"/></w:numPr></w:pPr><w:r><w:t>` + text + `</w:t></w:r></w:p>`
}

func TestDOCXNumbering(t *testing.T) {
	outline := `<w:abstractNum w:abstractNumId="0">` +
		docxLvl("0", "1", "chineseCounting", "%1、", "") +
		docxLvl("1", "1", "chineseCounting", "（%2）", "") +
		docxLvl("2", "1", "decimal", "%3.", `<w:lvlRestart w:val="0"/>`) +
		`</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>` +
		`<w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>` +
		`<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>`
	multi := `<w:abstractNum w:abstractNumId="1">` +
		docxLvl("0", "1", "decimal", "%1.", "") +
		docxLvl("1", "1", "decimal", "%1.%2", "") +
		docxLvl("2", "1", "lowerLetter", "%1.%2.%3", `<w:isLgl/>`) +
		`</w:abstractNum><w:num w:numId="4"><w:abstractNumId w:val="1"/></w:num>`
	other := `<w:abstractNum w:abstractNumId="2">` +
		docxLvl("0", "1", "chineseCounting", "第%1章", "") +
		`</w:abstractNum><w:num w:numId="5"><w:abstractNumId w:val="2"/></w:num>` +
		`<w:abstractNum w:abstractNumId="3"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="` + "\uF06C" + `"/><w:rPr><w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/></w:rPr></w:lvl>` +
		`<w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/><w:lvlText w:val="` + "\uF0B7" + `"/><w:rPr><w:rFonts w:ascii="Symbol"/></w:rPr></w:lvl></w:abstractNum>` +
		`<w:num w:numId="6"><w:abstractNumId w:val="3"/></w:num>` +
		`<w:abstractNum w:abstractNumId="4">` + docxLvl("0", "1", "decimalEnclosedCircle", "%1", `<w:suff w:val="nothing"/>`) + `</w:abstractNum><w:num w:numId="7"><w:abstractNumId w:val="4"/></w:num>`
	numbering := docxNumberingXML(outline + multi + other)
	cases := []struct {
		name, body, want string
	}{
		{"levels and restart",
			docxNumP("1", "0", "总体要求") + docxNumP("1", "1", "目标") + docxNumP("1", "1", "原则") + docxNumP("1", "0", "主要任务") + docxNumP("1", "1", "救助"),
			"一、总体要求\n（一）目标\n（二）原则\n二、主要任务\n（一）救助"},
		{"a level that never restarts",
			docxNumP("1", "2", "甲") + docxNumP("1", "0", "乙") + docxNumP("1", "2", "丙"),
			"1.甲\n一、乙\n2.丙"},
		{"instances of one list count together",
			docxNumP("1", "0", "甲") + docxNumP("2", "0", "乙"),
			"一、甲\n二、乙"},
		{"a start override restarts the list",
			docxNumP("1", "0", "甲") + docxNumP("3", "0", "乙") + docxNumP("3", "0", "丙"),
			"一、甲\n五、乙\n六、丙"},
		{"multilevel labels",
			docxNumP("4", "0", "甲") + docxNumP("4", "1", "乙") + docxNumP("4", "1", "丙") + docxNumP("4", "2", "丁") + docxNumP("4", "0", "戊") + docxNumP("4", "1", "己"),
			"1.甲\n1.1 乙\n1.2 丙\n1.2.1 丁\n2.戊\n2.1 己"},
		{"a label ending in a word takes a space", docxNumP("5", "0", "总则"), "第一章 总则"},
		{"symbol bullets", docxNumP("6", "0", "甲") + docxNumP("6", "1", "乙"), "●甲\n•乙"},
		{"no suffix", docxNumP("7", "0", "甲"), "①甲"},
		{"a level not yet used counts from its start",
			docxNumP("4", "1", "甲"),
			"1.1 甲"},
		// Negative: numbering taken off, or pointing nowhere.
		{"numId 0 takes numbering off", docxNumP("0", "0", "正文"), "正文"},
		{"unknown list", docxNumP("99", "0", "正文"), "正文"},
		{"level out of range", docxNumP("1", "12", "正文"), "正文"},
		{"undefined level", docxNumP("5", "3", "正文"), "正文"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := docxText(t, c.body, map[string]string{"word/numbering.xml": numbering})
			if err != nil {
				t.Fatal(err)
			}
			if got != c.want {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}

func TestDOCXNumberingThroughStyles(t *testing.T) {
	numbering := docxNumberingXML(`<w:abstractNum w:abstractNumId="0">` +
		docxLvl("0", "1", "chineseCounting", "%1、", `<w:pStyle w:val="H1"/>`) +
		docxLvl("1", "1", "chineseCounting", "（%2）", `<w:pStyle w:val="H2"/>`) +
		`</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>` +
		// A list defined by a numbering style: the instance it names holds the levels.
		`<w:abstractNum w:abstractNumId="5"><w:numStyleLink w:val="ListStyle"/></w:abstractNum><w:num w:numId="9"><w:abstractNumId w:val="5"/></w:num>`)
	styles := docxStylesXML(`<w:style w:type="paragraph" w:styleId="H1"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>` +
		`<w:style w:type="paragraph" w:styleId="H2"><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>` +
		`<w:style w:type="paragraph" w:styleId="H2Red"><w:basedOn w:val="H2"/></w:style>` +
		`<w:style w:type="paragraph" w:styleId="Loop1"><w:basedOn w:val="Loop2"/></w:style>` +
		`<w:style w:type="paragraph" w:styleId="Loop2"><w:basedOn w:val="Loop1"/></w:style>` +
		`<w:style w:type="numbering" w:styleId="ListStyle"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>`)
	sp := func(style, text string) string {
		return `<w:p><w:pPr><w:pStyle w:val="` + style + `"/></w:pPr><w:r><w:t>` + text + `</w:t></w:r></w:p>`
	}
	body := sp("H1", "总体要求") + sp("H2", "目标") + sp("H2Red", "原则") + sp("Loop1", "正文") +
		`<w:p><w:pPr><w:pStyle w:val="H1"/><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr><w:r><w:t>不编号</w:t></w:r></w:p>` +
		docxNumP("9", "0", "主要任务")
	got, err := docxText(t, body, map[string]string{"word/numbering.xml": numbering, "word/styles.xml": styles})
	if want := "一、总体要求\n（一）目标\n（二）原则\n正文\n不编号\n二、主要任务"; err != nil || got != want {
		t.Errorf("got %q, %v; want %q", got, err, want)
	}
}

func TestDOCXBrokenNumberingLeavesText(t *testing.T) {
	got, err := docxText(t, docxNumP("1", "0", "正文"), map[string]string{"word/numbering.xml": "<w:numbering><oops"})
	if err != nil || got != "正文" {
		t.Errorf("got %q, %v; want the text without a label", got, err)
	}
}

// docxTbl builds a table: grid columns, then rows of cells.
func docxTbl(cols int, rows ...string) string {
	return `<w:tbl><w:tblPr/><w:tblGrid>` + strings.Repeat(`<w:gridCol w:w="1000"/>`, cols) + `</w:tblGrid>` + strings.Join(rows, "") + `</w:tbl>`
}

func docxTr(cells ...string) string { return `<w:tr>` + strings.Join(cells, "") + `</w:tr>` }

func docxTc(props, text string) string {
	p := docxP(text)
	if text == "" {
		p = `<w:p/>`
	}
	return `<w:tc><w:tcPr>` + props + `</w:tcPr>` + p + `</w:tc>`
}

func TestDOCXTables(t *testing.T) {
	span := func(n string) string { return `<w:gridSpan w:val="` + n + `"/>` }
	restart, cont := `<w:vMerge w:val="restart"/>`, `<w:vMerge/>`
	cases := []struct {
		name, body, want string
	}{
		{"rows and cells", docxTbl(2, docxTr(docxTc("", "街道"), docxTc("", "户数")), docxTr(docxTc("", "解放碑"), docxTc("", "1166"))),
			"街道\t户数\n解放碑\t1166"},
		{"a span leaves the columns it covers empty", docxTbl(3, docxTr(docxTc("", "单位"), docxTc(span("2"), "低保")), docxTr(docxTc("", "城关镇"), docxTc("", "120"), docxTc("", "305"))),
			"单位\t低保\t\n城关镇\t120\t305"},
		{"a merge down the header leaves its cell empty", docxTbl(3,
			docxTr(docxTc(restart, "单位"), docxTc(span("2"), "低保")),
			docxTr(docxTc(cont, ""), docxTc("", "户数"), docxTc("", "人数")),
			docxTr(docxTc("", "城关镇"), docxTc("", "120"), docxTc("", "305"))),
			"单位\t低保\t\n\t户数\t人数\n城关镇\t120\t305"},
		{"a merge down the body repeats its value", docxTbl(2,
			docxTr(docxTc("", "类别"), docxTc("", "金额")),
			docxTr(docxTc(restart, "低保"), docxTc("", "10")),
			docxTr(docxTc(cont, ""), docxTc("", "20")),
			docxTr(docxTc("", "特困"), docxTc("", "30"))),
			"类别\t金额\n低保\t10\n低保\t20\n特困\t30"},
		{"rows marked as header", docxTbl(2,
			`<w:tr><w:trPr><w:tblHeader/></w:trPr>`+docxTc(restart, "单位")+docxTc("", "数量")+`</w:tr>`,
			`<w:tr><w:trPr><w:tblHeader/></w:trPr>`+docxTc(cont, "")+docxTc("", "户")+`</w:tr>`,
			docxTr(docxTc("", "甲"), docxTc("", "1"))),
			"单位\t数量\n\t户\n甲\t1"},
		{"grid before a row", docxTbl(3, docxTr(docxTc("", "a"), docxTc("", "b"), docxTc("", "c")), `<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>`+docxTc("", "x")+docxTc("", "y")+`</w:tr>`),
			"a\tb\tc\n\tx\ty"},
		{"a cell's paragraphs on one line", docxTbl(2, docxTr(`<w:tc>`+docxP("市民政局四级调研员")+`<w:p><w:r><w:t>张</w:t><w:br/><w:t>三</w:t><w:tab/><w:t>同志</w:t></w:r></w:p></w:tc>`, docxTc("", "叶县"))),
			"市民政局四级调研员 张 三 同志\t叶县"},
		{"a table inside a cell is flattened", docxTbl(2, docxTr(docxTc("", "外"), `<w:tc>`+docxTbl(2, docxTr(docxTc("", "内1"), docxTc("", "内2")), docxTr(docxTc("", "内3"), docxTc("", "")))+`</w:tc>`)),
			"外\t内1 内2 内3"},
		{"a row across the table is a caption line", docxTbl(2, docxTr(docxTc(span("2"), "救助情况统计表")), docxTr(docxTc("", "街道"), docxTc("", "户数"))),
			"救助情况统计表\n街道\t户数"},
		{"a one-column table is lines", docxTbl(1, docxTr(`<w:tc>`+docxP("第一段")+docxP("第二段")+`</w:tc>`)),
			"第一段\n第二段"},
		{"numbered paragraphs in a cell", docxTbl(2, docxTr(docxTc("", "序号"), docxTc("", "名称"))), "序号\t名称"},
		// Negative: what is not in the printed table.
		{"a deleted row", docxTbl(2, docxTr(docxTc("", "a"), docxTc("", "b")), `<w:tr><w:trPr><w:del w:id="1"/></w:trPr>`+docxTc("", "x")+docxTc("", "y")+`</w:tr>`),
			"a\tb"},
		{"an empty row", docxTbl(2, docxTr(docxTc("", "a"), docxTc("", "b")), docxTr(docxTc("", ""), docxTc("", ""))),
			"a\tb"},
		{"a span past the grid stops at its edge", docxTbl(2, docxTr(docxTc(span("1000000000"), "a"), docxTc("", "b")), docxTr(docxTc("", "c"), docxTc("", "d"))),
			"a\t\tb\nc\td"},
		{"no grid: spans not laid out", `<w:tbl>` + docxTr(docxTc(span("50"), "a"), docxTc("", "b")) + `</w:tbl>`,
			"a\tb"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := docxText(t, c.body, nil)
			if err != nil {
				t.Fatal(err)
			}
			if got != c.want {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}

func TestDOCXErrors(t *testing.T) {
	real := docxTestFile(t, "beijing-star-rated-care-notice.docx")
	cases := []struct {
		name string
		data []byte
		want error
		say  string
	}{
		{"not a zip", []byte("PK\x03\x04 this is no zip at all"), ErrBroken, "zip"},
		{"truncated", real[:len(real)/2], ErrBroken, "zip"},
		{"no document part", docxZip(t, map[string]string{"word/styles.xml": docxStylesXML("")}), ErrBroken, "document.xml"},
		{"malformed XML", docxZip(t, map[string]string{"word/document.xml": docxDoc(`<w:p><w:r><w:t>甲</w:r></w:p>`)}), ErrBroken, "document.xml"},
		{"document ends early", docxZip(t, map[string]string{"word/document.xml": `<w:document ` + docxWordNS + `><w:body><w:p><w:r><w:t>甲`}), ErrBroken, "unexpected EOF"},
		{"no paragraphs", docxZip(t, map[string]string{"word/document.xml": docxDoc(`<w:p/><w:sectPr/>`)}), ErrNoText, "no paragraphs"},
		{"only a picture", docxZip(t, map[string]string{"word/document.xml": docxDoc(`<w:p><w:r><w:drawing/></w:r></w:p>`)}), ErrNoText, "1 pictures"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := docxReader{}.Read(context.Background(), c.data, DefaultLimits)
			if !errors.Is(err, c.want) || !strings.Contains(err.Error(), c.say) {
				t.Errorf("got %v, want %v saying %q", err, c.want, c.say)
			}
		})
	}
}

// docxLie rewrites a one-member zip to say its member inflates to size
// bytes, in the local header and in the central directory.
func docxLie(t testing.TB, z []byte, size uint32) []byte {
	out := append([]byte{}, z...)
	local := bytes.Index(out, []byte("PK\x03\x04"))
	central := bytes.Index(out, []byte("PK\x01\x02"))
	if local < 0 || central < 0 {
		t.Fatal("not a zip")
	}
	binary.LittleEndian.PutUint32(out[local+22:], size)
	binary.LittleEndian.PutUint32(out[central+24:], size)
	return out
}

func TestDOCXLimits(t *testing.T) {
	small := Limits{Inflated: 1 << 20, Depth: 64, Time: time.Minute}
	bomb := []byte(docxDoc(docxP(strings.Repeat(" ", 8<<20))))
	// A zip whose directory tells the truth about the bomb's size.
	var honest bytes.Buffer
	zw := zip.NewWriter(&honest)
	w, _ := zw.Create("word/document.xml")
	w.Write(bomb)
	zw.Close()
	// Parts that pass the limit together, not one by one.
	parts := docxZip(t, map[string]string{
		"word/styles.xml":   docxStylesXML(strings.Repeat(" ", 600<<10)),
		"word/document.xml": docxDoc(docxP("甲") + strings.Repeat(" ", 600<<10)),
	})
	deep := docxZip(t, map[string]string{"word/document.xml": docxDoc(strings.Repeat("<w:sdt><w:sdtContent>", 100) + docxP("甲") + strings.Repeat("</w:sdtContent></w:sdt>", 100))})
	// Merged cells that repeat a long text down many rows.
	long := strings.Repeat("长", 100<<10)
	rows := docxTr(docxTc("", "类别"), docxTc("", "说明")) + docxTr(docxTc(`<w:vMerge w:val="restart"/>`, long), docxTc("", "1")) + strings.Repeat(docxTr(docxTc(`<w:vMerge/>`, ""), docxTc("", "2")), 200)
	repeat := docxZip(t, map[string]string{"word/document.xml": docxDoc(docxTbl(2, rows))})
	cases := []struct {
		name string
		data []byte
		say  string
	}{
		{"zip bomb", honest.Bytes(), "bytes inflated"},
		{"parts that pass the limit together", parts, "bytes inflated"},
		{"deep nesting", deep, "levels of XML nesting"},
		{"merged cells repeating without end", repeat, "bytes of text"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := docxReader{}.Read(context.Background(), c.data, small)
			if !errors.Is(err, ErrLimit) || !strings.Contains(err.Error(), c.say) {
				t.Errorf("got %v, want a limit error naming %q", err, c.say)
			}
		})
	}
	// The same files within the default limits read (negative cases).
	if _, err := (docxReader{}).Read(context.Background(), deep, DefaultLimits); err != nil {
		t.Errorf("100 levels within the default depth: %v", err)
	}
	if _, err := (docxReader{}).Read(context.Background(), honest.Bytes(), DefaultLimits); !errors.Is(err, ErrNoText) {
		t.Errorf("8 MiB of spaces within the default limit: got %v, want no text", err)
	}
	// A member that inflates past the size its header states is damaged:
	// archive/zip stops it there.
	lying := docxLie(t, honest.Bytes(), 100)
	if _, err := (docxReader{}).Read(context.Background(), lying, small); !errors.Is(err, ErrBroken) {
		t.Errorf("a zip bomb that lies about its size: got %v, want a damaged file", err)
	}
}

func TestDOCXCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := docxReader{}.Read(ctx, docxTestFile(t, "yuzhong-2024-02-social-aid-bulletin.docx"), DefaultLimits)
	if !errors.Is(err, context.Canceled) {
		t.Errorf("got %v, want context.Canceled", err)
	}
}

func TestDOCXManyEntries(t *testing.T) {
	parts := map[string]string{"word/document.xml": docxDoc(docxP("正文"))}
	for i := 0; i < 5000; i++ {
		parts["media/"+strings.Repeat("x", i%50)+string(rune('a'+i%26))+"/"+string(rune(0x4e00+i))] = ""
	}
	start := time.Now()
	got, err := docxReader{}.Read(context.Background(), docxZip(t, parts), DefaultLimits)
	if err != nil || got.Text != "正文" {
		t.Fatalf("got %v, %v", got, err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("5000 entries took %v", d)
	}
}

func TestDOCXUTF16Part(t *testing.T) {
	doc := strings.Replace(docxDoc(docxP("正文")), `encoding="UTF-8"`, `encoding="UTF-16"`, 1)
	u := utf16.Encode([]rune(doc))
	b := []byte{0xFF, 0xFE}
	for _, c := range u {
		b = append(b, byte(c), byte(c>>8))
	}
	got, err := docxReader{}.Read(context.Background(), docxZip(t, map[string]string{"word/document.xml": string(b)}), DefaultLimits)
	if err != nil || got.Text != "正文" {
		t.Errorf("got %v, %v", got, err)
	}
}

func TestDOCXSniff(t *testing.T) {
	real := docxTestFile(t, "beijing-star-rated-care-notice.docx")
	xlsx := docxZip(t, map[string]string{"xl/workbook.xml": "<workbook/>"})
	cases := []struct {
		name string
		data []byte
		want bool
	}{
		{"a pandoc docx", real, true},
		{"a LibreOffice docx", docxTestFile(t, "libreoffice-numbered-lists.docx"), true},
		{"a docx cut short", real[:len(real)/3], true},
		{"a docx in upper case", docxZip(t, map[string]string{"WORD/DOCUMENT.XML": docxDoc(docxP("甲"))}), true},
		{"an xlsx", xlsx, false},
		{"a zip of text", docxZip(t, map[string]string{"readme.txt": "hello"}), false},
		{"plain text", []byte("关于做好救助工作的通知"), false},
		{"a PDF", []byte("%PDF-1.7\n"), false},
		{"an OLE file", append([]byte{}, oleSignature...), false},
		{"empty", nil, false},
	}
	for _, c := range cases {
		if got := (docxReader{}).Sniff(c.data); got != c.want {
			t.Errorf("%s: Sniff = %v, want %v", c.name, got, c.want)
		}
	}
}

// docxTestFile reads a file of testdata/docx.
func docxTestFile(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "docx", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestDOCXRealFiles(t *testing.T) {
	cases := []struct {
		file      string
		lines     []string // lines that must be in the text
		forbidden []string // text that must not
	}{
		{"beijing-star-rated-care-notice.docx",
			[]string{"# 关于发布全市星级养老服务机构名单的公告", "特此公告。", "北京市民政局", "2025年1月20日"}, nil},
		{"yuzhong-2024-02-social-aid-bulletin.docx",
			[]string{"排序\t街道\t20241\t\t\t20242\t\t\t对象总量增幅情况", "\t\t低保\t特困\t合计\t低保\t特困\t合计\t", "1\t解放碑\t1166\t113\t1279\t1188\t116\t1304\t25", "合计\t\t9366\t795\t10161\t9369\t829\t10198\t37"}, nil},
		{"libreoffice-numbered-lists.docx",
			[]string{"一、总体要求", "二、主要任务", "（1）加强领导", "（2）强化保障"}, nil},
		{"libreoffice-merged-table.docx",
			[]string{"单位\t低保\t\t备注", "\t户数\t人数\t", "东关街道\t98\t210\t第一段 第二段", "•第一项"}, []string{"脚注"}},
		{"libreoffice-textbox-header-footnote.docx",
			[]string{"文本框里的标题", "锚定段落的正文。", "第二段正文。"}, []string{"页眉", "第1页", "脚注"}},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			data := docxTestFile(t, c.file)
			if r := Detect(data); r == nil || r.Format() != DOCX {
				t.Fatalf("Detect = %v, want the docx reader", r)
			}
			res, err := docxReader{}.Read(context.Background(), data, DefaultLimits)
			if err != nil {
				t.Fatal(err)
			}
			if res.Format != DOCX || res.Encoding != "utf-8" || res.Pages != 0 {
				t.Errorf("result %+v", res)
			}
			have := map[string]int{}
			for _, l := range strings.Split(res.Text, "\n") {
				have[l]++
			}
			for _, l := range c.lines {
				if have[l] == 0 {
					t.Errorf("no line %q in\n%s", l, res.Text)
				}
			}
			for _, s := range c.forbidden {
				if strings.Contains(res.Text, s) {
					t.Errorf("%q is no body text", s)
				}
			}
			if strings.Count(res.Text, "文本框里的标题") > 1 {
				t.Error("a text box read from both branches")
			}
		})
	}
}

func FuzzDOCX(f *testing.F) {
	for _, name := range []string{"beijing-star-rated-care-notice.docx", "yuzhong-2024-02-social-aid-bulletin.docx", "libreoffice-numbered-lists.docx", "libreoffice-textbox-header-footnote.docx"} {
		f.Add(docxTestFile(f, name))
	}
	f.Add(docxZip(f, map[string]string{"word/document.xml": docxDoc(docxTbl(2, docxTr(docxTc(`<w:vMerge w:val="restart"/><w:gridSpan w:val="2"/>`, "甲")), docxTr(docxTc(`<w:vMerge/>`, ""))))}))
	f.Add([]byte("PK\x03\x04"))
	lim := Limits{Inflated: 4 << 20, Depth: 128, Time: 5 * time.Second}
	f.Fuzz(func(t *testing.T, data []byte) {
		r := docxReader{}
		r.Sniff(data)
		res, err := r.Read(context.Background(), data, lim)
		if err != nil {
			if !errors.Is(err, ErrBroken) && !errors.Is(err, ErrNoText) && !errors.Is(err, ErrLimit) {
				t.Fatalf("an error of no kind: %v", err)
			}
			return
		}
		if strings.TrimSpace(res.Text) == "" || !utf8.ValidString(res.Text) {
			t.Fatalf("text %q", res.Text)
		}
	})
}
