package read

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/andybalholm/cascadia"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

// htmlText reads a page with the default limits and returns its text.
func htmlText(t *testing.T, page string) string {
	t.Helper()
	res, err := htmlReader{}.Read(context.Background(), []byte(page), DefaultLimits)
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	return res.Text
}

// htmlPageOf wraps a body in a page with the site furniture bureau pages
// have: a header menu, a breadcrumb, a side column, tools and a footer.
func htmlPageOf(body string) string {
	return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>某某市民政局</title></head><body>
<div class="header"><a href="/">首页</a> | <a href="/zw">政务公开</a></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; 通知公告</div>
<div class="main"><div class="left"><h3>栏目导航</h3><ul><li><a href="/a">机构职能</a></li><li><a href="/b">政策文件</a></li></ul></div>
<div class="article">` + body + `
<div class="tools">【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</div></div></div>
<div class="footer"><p>版权所有：某某市民政局 网站标识码：1234567890 某ICP备12345678号</p></div>
</body></html>`
}

func TestHTMLSniff(t *testing.T) {
	utf16 := func(s string) []byte {
		b, _ := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes([]byte(s))
		return b
	}
	cases := []struct {
		name string
		data []byte
		want bool
	}{
		{"doctype", []byte("<!DOCTYPE html><html><body>x</body></html>"), true},
		{"html after white space", []byte("\r\n\t  <html lang=zh><p>x"), true},
		{"upper case", []byte("<HTML><BODY>正文"), true},
		{"fragment opening with div", []byte("<div class=\"TRS_Editor\"><p>正文</p></div>"), true},
		{"comment first", []byte("<!-- saved from url=(0014)about:internet -->\n<html>"), true},
		{"utf-8 bom", append([]byte{0xEF, 0xBB, 0xBF}, "<!DOCTYPE html>"...), true},
		{"utf-16 bom", utf16("<html><body>正文</body></html>"), true},
		{"xhtml", []byte("<?xml version=\"1.0\" encoding=\"gb2312\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0//EN\" \"x\">\n<html xmlns=\"http://www.w3.org/1999/xhtml\">"), true},
		{"plain chinese text with a <", []byte("南阳市民政局工作动态\n城市低保标准<农村低保标准的县区有3个。<p>"), false},
		{"text opening with a number", []byte("1<2 是成立的\n<html>"), false},
		{"xml that is no page", []byte("<?xml version=\"1.0\"?>\n<w:document xmlns:w=\"x\"><html>"), false},
		{"pdf", []byte("%PDF-1.7\n<html>"), false},
		{"markdown", []byte("# 平顶山市民政局文件\n\n<b>粗体</b>"), false},
		{"empty", nil, false},
		{"html-like word", []byte("<htmlx>"), false},
	}
	for _, c := range cases {
		if got := (htmlReader{}).Sniff(c.data); got != c.want {
			t.Errorf("%s: Sniff = %v, want %v", c.name, got, c.want)
		}
	}
}

func TestHTMLCharset(t *testing.T) {
	gbk := func(s string) []byte {
		b, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(s))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	body := "<body><div id=\"zoom\"><p>民政局发放救助金</p></div></body></html>"
	utf16le, _ := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes([]byte("<html>" + body))
	cases := []struct {
		name, enc string
		data      []byte
	}{
		{"meta charset gbk", "gb18030", gbk(`<html><head><meta charset="gbk"></head>` + body)},
		{"http-equiv gb2312", "gb18030", gbk(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head>` + body)},
		{"meta charset gb18030", "gb18030", gbk(`<html><head><meta charset="GB18030"></head>` + body)},
		{"meta after a long head", "gb18030", gbk(`<html><head><!--` + strings.Repeat("注释", 600) + `--><meta charset="gbk"></head>` + body)},
		{"xml declaration", "gb18030", gbk(`<?xml version="1.0" encoding="gb2312"?><html xmlns="http://www.w3.org/1999/xhtml"><head></head>` + body)},
		{"gbk bytes, nothing declared", "gb18030", gbk(`<html><head></head>` + body)},
		{"utf-8 bom", "utf-8-bom", append([]byte{0xEF, 0xBB, 0xBF}, `<html><head><meta charset="gbk"></head>`+body...)},
		{"utf-16le bom", "utf-16le", utf16le},
		// Negative: a declaration the bytes contradict, and plain UTF-8.
		{"re-saved as utf-8, old meta gb2312", "utf-8", []byte(`<html><head><meta charset="gb2312"></head>` + body)},
		{"utf-8 declared", "utf-8", []byte(`<html><head><meta charset="utf-8"></head>` + body)},
		{"utf-8 undeclared", "utf-8", []byte(`<html><head></head>` + body)},
	}
	for _, c := range cases {
		res, err := htmlReader{}.Read(context.Background(), c.data, DefaultLimits)
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if res.Encoding != c.enc {
			t.Errorf("%s: Encoding = %q, want %q", c.name, res.Encoding, c.enc)
		}
		if res.Text != "民政局发放救助金" {
			t.Errorf("%s: Text = %q", c.name, res.Text)
		}
		if res.Format != HTML || res.Pages != 0 {
			t.Errorf("%s: Format %q Pages %d", c.name, res.Format, res.Pages)
		}
	}
}

func TestHTMLFrames(t *testing.T) {
	cases := []struct {
		name      string
		page      string
		want      []string // lines, in this order
		forbidden []string // text that must not appear
	}{
		{"TRS body", htmlPageOf(`<div class="TRS_Editor"><p>一、发放对象。</p><p>二、发放标准。</p></div>`),
			[]string{"一、发放对象。", "二、发放标准。"}, []string{"首页", "打印", "版权所有", "机构职能", "当前位置"}},
		{"Hanweb zoom in a table cell", htmlPageOf(`<table><tr><td class="bt_content"><div id="zoom"><p>正文一</p><p>正文二</p></div></td></tr></table>`),
			[]string{"正文一", "正文二"}, []string{"关闭窗口", "网站标识码"}},
		{"gov.cn UCAP", htmlPageOf(`<div id="UCAP-CONTENT"><p>通知要求各地加强排查。</p></div>`),
			[]string{"通知要求各地加强排查。"}, []string{"政务公开", "ICP备"}},
		{"the frame with most text", htmlPageOf(`<div class="news_content">相关新闻</div><div class="article-content"><p>第一段正文。</p><p>第二段正文。</p></div>`),
			[]string{"第一段正文。", "第二段正文。"}, []string{"相关新闻"}},
		{"share bar inside the body", htmlPageOf(`<div id="zoom"><p>正文。</p><div class="bdsharebuttonbox"><a href="#">分享到微信</a></div></div>`),
			[]string{"正文。"}, []string{"分享到微信"}},
		{"hidden and scripted text", htmlPageOf(`<div id="zoom"><p>正文。</p><p style="display: none">隐藏</p><script>document.write("脚本")</script><style>p{}</style></div>`),
			[]string{"正文。"}, []string{"隐藏", "脚本", "p{}"}},
		// Negative: a frame-named container that holds the body is no tool bar.
		{"print area around the body", htmlPageOf(`<div id="printArea"><div id="zoom"><p>正文在打印区内。</p></div></div>`),
			[]string{"正文在打印区内。"}, nil},
		{"tool-named block holding prose", htmlPageOf(`<div id="zoom"><div class="tools"><p>工具栏名下的正文。</p></div></div>`),
			[]string{"工具栏名下的正文。"}, nil},
		{"no frame: readability", `<html><head><title>某县民政局召开会议_某县人民政府</title></head><body>
<div class="menu"><a href="/">首页</a> <a href="/x">新闻</a></div>
<div class="mainbox"><h2>某县民政局召开会议</h2><div class="text">
<p>4月11日，某县民政局召开2024年度养老服务工作推进会，各乡镇分管负责同志参加会议，会议通报了2023年度养老机构等级评定结果。</p>
<p>会议要求，要聚焦一老一小，年底前建成村级养老服务站点20个，确保养老服务覆盖全县所有乡镇和村，切实提升老年人的获得感和幸福感。</p>
<p>会议强调，各乡镇要压实责任，细化措施，定期调度，确保各项任务按时完成，为全县老年人提供更加优质便捷的养老服务。</p>
</div><div class="fx"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭</a></div></div>
<div class="bottom">版权所有 某县人民政府</div></body></html>`,
			[]string{"某县民政局召开会议", "4月11日，某县民政局召开2024年度养老服务工作推进会，各乡镇分管负责同志参加会议，会议通报了2023年度养老机构等级评定结果。"},
			[]string{"首页", "打印本页", "版权所有"}},
	}
	for _, c := range cases {
		htmlCheckLines(t, c.name, htmlText(t, c.page), c.want, c.forbidden)
	}
}

// htmlCheckLines checks that want are lines of text, in order, and that
// none of forbidden shows.
func htmlCheckLines(t *testing.T, name, text string, want, forbidden []string) {
	t.Helper()
	lines := strings.Split(text, "\n")
	k := 0
	for _, l := range lines {
		if k < len(want) && l == want[k] {
			k++
		}
	}
	if k < len(want) {
		t.Errorf("%s: line %q missing or out of order in\n%s", name, want[k], text)
	}
	for _, f := range forbidden {
		if strings.Contains(text, f) {
			t.Errorf("%s: %q should be left out of\n%s", name, f, text)
		}
	}
}

func TestHTMLHeadlineAndInfo(t *testing.T) {
	info := `<table class="xxgk_table"><tr><td>索引号：</td><td>1141/2023-00056</td><td>发布机构：</td><td>某某市民政局</td></tr>
<tr><th>文　　号</th><td>某民〔2023〕12号</td><th>发布日期</th><td>2023-06-30</td></tr></table>`
	cases := []struct {
		name      string
		page      string
		want      []string
		forbidden []string
	}{
		{"headline in the body goes above the info table", htmlPageOf(info + `<div id="zoom"><h1 class="title">关于调整低保标准的通知</h1><p>正文。</p></div>`),
			[]string{"关于调整低保标准的通知", "索引号：1141/2023-00056", "发布机构：某某市民政局", "文　　号：某民〔2023〕12号", "发布日期：2023-06-30", "正文。"}, nil},
		{"headline before the body, info line between", htmlPageOf(`<div class="article-title">关于调整低保标准的通知</div>
<div class="info"><span>发布时间：2023-06-30</span><span>来源：市民政局</span><span>浏览次数：<script>x()</script></span></div>
<div class="TRS_Editor"><p>正文。</p></div>`),
			[]string{"关于调整低保标准的通知", "发布时间：2023-06-30 来源：市民政局 浏览次数：", "正文。"}, nil},
		{"headline on two lines joined", htmlPageOf(`<h1>关于调整城乡<br>低保标准的通知</h1><div id="zoom"><p>正文。</p></div>`),
			[]string{"关于调整城乡低保标准的通知", "正文。"}, nil},
		{"body repeating the headline", htmlPageOf(`<h1>关于调整低保标准的通知</h1><div id="zoom"><p><b>关于调整低保标准的通知</b></p><p>正文。</p></div>`),
			[]string{"关于调整低保标准的通知", "正文。"}, nil},
		{"metadata headline", `<html><head><meta name="ArticleTitle" content="市民政局开展慰问"></head><body><div id="zoom"><p>正文。</p></div></body></html>`,
			[]string{"市民政局开展慰问", "正文。"}, nil},
		{"first line of an unmarked page stands for the headline", htmlPageOf(info + `<div id="zoom"><p>某某市民政局工作动态</p><p>正文。</p></div>`),
			[]string{"某某市民政局工作动态", "索引号：1141/2023-00056", "正文。"}, nil},
		// Negative: no headline invented, a side column's heading is none.
		{"paragraph first: the info block stays above it", htmlPageOf(info + `<div id="zoom"><p>3月26日，全市民政工作会议召开。</p></div>`),
			[]string{"索引号：1141/2023-00056", "3月26日，全市民政工作会议召开。"}, []string{"栏目导航"}},
		{"a data table is no info table", htmlPageOf(`<div id="zoom"><table><tr><th>县区</th><th>发布日期</th></tr><tr><td>甲县</td><td>2023-06-30</td></tr></table></div>`),
			[]string{"县区\t发布日期", "甲县\t2023-06-30"}, []string{"县区：", "甲县："}},
		{"a table of labels unknown to bureau pages", htmlPageOf(`<table class="data"><tr><td>颜色：</td><td>红</td></tr><tr><td>形状：</td><td>圆</td></tr></table><div id="zoom"><p>正文。</p></div>`),
			[]string{"正文。"}, []string{"颜色"}},
	}
	for _, c := range cases {
		htmlCheckLines(t, c.name, htmlText(t, c.page), c.want, c.forbidden)
		if len(c.want) > 0 && c.name != "paragraph first: the info block stays above it" && c.name != "a data table is no info table" {
			if first := strings.SplitN(htmlText(t, c.page), "\n", 2)[0]; first != c.want[0] {
				t.Errorf("%s: first line %q, want %q", c.name, first, c.want[0])
			}
		}
	}
}

func TestHTMLTables(t *testing.T) {
	cases := []struct {
		name      string
		table     string
		want      []string
		forbidden []string
	}{
		{"colspan and rowspan left empty", `<table><tr><td rowspan="2">单位</td><td colspan="2">城市低保</td></tr><tr><td>调整前</td><td>调整后</td></tr><tr><td>甲县</td><td>720</td><td>760</td></tr></table>`,
			[]string{"单位\t城市低保\t", "\t调整前\t调整后", "甲县\t720\t760"}, nil},
		{"rowspan down the key column", `<table><tr><th>组别</th><th>县区</th></tr><tr><td rowspan="2">第一组</td><td>鲁山县</td></tr><tr><td>宝丰县</td></tr></table>`,
			[]string{"组别\t县区", "第一组\t鲁山县", "\t宝丰县"}, nil},
		{"title row across the table", `<table><tr><td colspan="2">低保标准表</td></tr><tr><td>甲县</td><td>720</td></tr><tr><td>乙县</td><td>700</td></tr></table>`,
			[]string{"低保标准表", "甲县\t720", "乙县\t700"}, []string{"低保标准表\t"}},
		{"cell of paragraphs on one line", `<table><tr><td><p>试点</p><p>地区</p></td><td>1</td></tr><tr><td>乙</td><td>2</td></tr></table>`,
			[]string{"试点地区\t1", "乙\t2"}, nil},
		{"nested table flattened into its cell", `<table><tr><td>甲</td><td><table><tr><td>子1</td><td>子2</td></tr></table></td></tr><tr><td>乙</td><td>3</td></tr></table>`,
			[]string{"甲\t子1 子2", "乙\t3"}, nil},
		{"a form of labels and values", `<table><tr><td>联系人：</td><td>张三</td></tr><tr><td>联系电话：</td><td>0375-1234567</td></tr></table>`,
			[]string{"联系人：张三", "联系电话：0375-1234567"}, []string{"\t"}},
		{"caption above the rows", `<table><caption>救助情况</caption><tr><td>甲</td><td>1</td></tr><tr><td>乙</td><td>2</td></tr></table>`,
			[]string{"救助情况", "甲\t1", "乙\t2"}, nil},
		{"hostile spans stay within the page", `<table><tr><td colspan="1000000" rowspan="99999999">甲</td></tr><tr><td>乙</td></tr></table>`,
			[]string{"甲"}, nil},
		// Negative: tables that frame blocks are no rows.
		{"layout table of one column", `<table><tr><td><p>第一段。</p></td></tr><tr><td><p>第二段。</p></td></tr></table>`,
			[]string{"第一段。", "第二段。"}, []string{"\t"}},
		{"layout table holding a page", `<table><tr><td><h2>标题</h2></td><td><ul><li>项</li></ul></td></tr><tr><td>左</td><td>右</td></tr></table>`,
			[]string{"## 标题", "项", "左", "右"}, []string{"\t"}},
		{"presentation table", `<table role="presentation"><tr><td>甲</td><td>乙</td></tr><tr><td>丙</td><td>丁</td></tr></table>`,
			[]string{"甲", "乙", "丙", "丁"}, []string{"\t"}},
	}
	for _, c := range cases {
		page := `<html><body><div id="zoom">` + c.table + `</div></body></html>`
		htmlCheckLines(t, c.name, htmlText(t, page), c.want, c.forbidden)
	}
}

func TestHTMLText(t *testing.T) {
	cases := []struct {
		name, body string
		want       []string
		forbidden  []string
	}{
		{"white space collapses", "<p>南阳市  民政局\t召开 会议</p>", []string{"南阳市 民政局 召开 会议"}, nil},
		{"a source line break between Chinese is no space", "<p>市民政局召开\n全市民政工作会议</p>", []string{"市民政局召开全市民政工作会议"}, nil},
		{"a source line break between Latin is a space", "<p>Office\nof Civil Affairs</p>", []string{"Office of Civil Affairs"}, nil},
		{"nbsp does not collapse", "<p>索引号:&nbsp;&nbsp;1009</p>", []string{"索引号:  1009"}, nil},
		{"ideographic indent kept", "<p>　　为进一步保障困难群众。</p>", []string{"　　为进一步保障困难群众。"}, nil},
		{"br breaks, inline does not", "<p>第一行<br>第<span>二</span><b>行</b></p>", []string{"第一行", "第二行"}, nil},
		{"blocks break", "<div>甲<div>乙</div>丙</div>", []string{"甲", "乙", "丙"}, nil},
		{"ordered list numbers", `<ol><li>高度重视。</li><li>精准识别。</li></ol><ol start="3" type="a"><li>丙</li></ol>`, []string{"1.高度重视。", "2.精准识别。", "c.丙"}, nil},
		{"heading marks", "<h2>一、提升站位，加强领导</h2><p>正文。</p>", []string{"## 一、提升站位，加强领导", "正文。"}, nil},
		{"a bold line reads as a heading", "<p><strong>二、明确目标，分解任务</strong></p><p>正文。</p>", []string{"### 二、明确目标，分解任务"}, nil},
		{"pre keeps its lines", "<pre>甲  乙\n丙</pre>", []string{"甲  乙", "丙"}, nil},
		{"entities", "<p>&lt;云南省细则&gt; &amp; 附件</p>", []string{"<云南省细则> & 附件"}, nil},
		// Negative: what prints no marks, what shows nothing.
		{"items with their own numbers", "<ol><li>1.城市低保。</li><li>（二）农村低保。</li></ol>", []string{"1.城市低保。", "（二）农村低保。"}, []string{"1.1.", "2.（"}},
		{"unordered list has no bullets", "<ul><li>甲</li><li>乙</li></ul>", []string{"甲", "乙"}, []string{"•", "-"}},
		{"list without markers", `<ol style="list-style: none"><li>甲</li></ol>`, []string{"甲"}, []string{"1."}},
		{"a bold word is no heading", "<p><b>注意</b>：请按时申报。</p>", []string{"注意：请按时申报。"}, []string{"#"}},
		{"a bold signature is no heading", "<p>正文。</p><p><b>某某市民政局</b></p>", []string{"正文。", "某某市民政局"}, []string{"#"}},
		{"empty heading gives no mark", "<h2> </h2><p>正文。</p>", []string{"正文。"}, []string{"#"}},
		{"controls and images show nothing", `<p>正文<img alt="图片"><button>按钮</button><input value="输入"></p>`, []string{"正文"}, []string{"图片", "按钮", "输入"}},
	}
	for _, c := range cases {
		page := `<html><body><div id="zoom">` + c.body + `</div></body></html>`
		htmlCheckLines(t, c.name, htmlText(t, page), c.want, c.forbidden)
	}
}

func TestHTMLLimits(t *testing.T) {
	deep := func(n int) []byte {
		return []byte("<html><body>" + strings.Repeat("<div>层", n) + strings.Repeat("</div>", n) + "</body></html>")
	}
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	cases := []struct {
		name string
		ctx  context.Context
		data []byte
		lim  Limits
		want error // nil: read
	}{
		{"nesting within the limit", context.Background(), deep(100), DefaultLimits, nil},
		{"nesting past lim.Depth", context.Background(), deep(100), Limits{Depth: 50}, ErrLimit},
		{"nesting past the parser's bound", context.Background(), deep(100000), DefaultLimits, ErrLimit},
		{"nested tables past the bound", context.Background(), []byte(strings.Repeat("<table><tr><td>格", 5000)), DefaultLimits, ErrLimit},
		{"unclosed formatting elements", context.Background(), []byte("<html><body><div id=zoom>" + strings.Repeat("<p><font><b>字", 5000) + "</div>"), DefaultLimits, nil},
		{"cancelled", cancelled, []byte(htmlPageOf("<div id=zoom><p>正文</p></div>")), DefaultLimits, context.Canceled},
		{"nothing to read", context.Background(), []byte("<html><head><title>空</title></head><body><script>x()</script></body></html>"), DefaultLimits, ErrNoText},
	}
	for _, c := range cases {
		start := time.Now()
		_, err := htmlReader{}.Read(c.ctx, c.data, c.lim)
		switch {
		case c.want == nil && err != nil:
			t.Errorf("%s: %v", c.name, err)
		case c.want != nil && !errors.Is(err, c.want):
			t.Errorf("%s: err = %v, want %v", c.name, err, c.want)
		}
		if c.want == ErrLimit && err != nil && !strings.Contains(err.Error(), "nested elements") {
			t.Errorf("%s: the error %q does not name the limit", c.name, err)
		}
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("%s: took %v", c.name, d)
		}
	}
}

// TestHTMLTestdata reads the pages of testdata/html: the bureau-style
// pages of the corpus and pages made after the frames of government CMSs.
func TestHTMLTestdata(t *testing.T) {
	cases := []struct {
		file, enc string
		want      []string
		forbidden []string
	}{
		{"chongyang-2018-01-visit.gbk.html", "gb18030",
			[]string{"省民政厅党组成员、副厅长赵显富来崇阳县开展慰问活动", "主题分类：民政", "2018-01-25 11:02"},
			[]string{"信息公开目录", "打印本页", "相关链接", "网站地图"}},
		{"xinyu-2022-01-spring-festival-notice.html", "utf-8",
			[]string{"新余市民政系统开展春节“过年难”帮扶救助工作的公告", "### 一、救助范围和对象", "1.因患重特大疾病,导致医疗费用支出达到5万元以上;", "新余市民政局", "2022年1月19日"},
			[]string{"主办单位", "政策解读"}},
		{"puer-2025-low-income-standard.html", "utf-8",
			[]string{"普洱市民政局关于公布2025年度普洱市低保边缘家庭认定标准的通知", "索引号: 1009/20250702-00001 公开目录: 社会救助政策标准指南 发布日期: 2025-07-02"},
			[]string{"主办单位"}},
		{"trs-xxgk.gbk.html", "gb18030",
			[]string{"某某市民政局关于调整城乡最低生活保障标准的通知", "索 引 号：11410100MB1234567X/2023-00056", "文　　号：某民〔2023〕12号", "各县（市、区）民政局：",
				"县（市、区）\t城市低保（元/人·月）\t\t农村低保（元/人·年）\t", "\t调整前\t调整后\t调整前\t调整后", "甲县\t720\t760\t5760\t6000", "2023年6月28日"},
			[]string{"分享到", "打印本页", "版权所有", "您当前的位置", "不是正文"}},
		{"hanweb-table-layout.html", "utf-8",
			[]string{"县民政局召开2024年度养老服务工作推进会", "会议通报了2023年度养老机构等级评定结果，其中3家机构被评为二星级。"},
			[]string{"网站首页", "部门动态", "打印本页", "网站标识码"}},
		{"govcn-ucap.html", "utf-8",
			[]string{"民政部：做好困难群众冬春救助工作", "2023-11-20 10:00 来源：民政部网站 【字体： 】", "近日，民政部印发通知，要求各地做好2023年冬季和2024年春季困难群众救助工作。"},
			[]string{"搜索", "部门政务", "分享到", "运行维护单位"}},
		{"no-frame.html", "utf-8",
			[]string{"关于做好2023年春节期间困难群众走访慰问工作的通知", "发布时间：2023-01-10 09:30 来源：某某县民政局 浏览次数：", "1.高度重视，加强领导。", "3.加强宣传，营造氛围。", "城关镇\t300\t150000", "2023年1月10日"},
			[]string{"机构概况", "关于开展养老机构安全检查的通知", "打印本页", "ICP备", "当前位置"}},
	}
	for _, c := range cases {
		data, err := os.ReadFile(filepath.Join("testdata", "html", c.file))
		if err != nil {
			t.Fatal(err)
		}
		if !(htmlReader{}).Sniff(data) {
			t.Errorf("%s: not sniffed as HTML", c.file)
		}
		if r := Detect(data); r == nil || r.Format() != HTML {
			t.Errorf("%s: Detect gives %v", c.file, r)
		}
		res, err := htmlReader{}.Read(context.Background(), data, DefaultLimits)
		if err != nil {
			t.Errorf("%s: %v", c.file, err)
			continue
		}
		if res.Encoding != c.enc {
			t.Errorf("%s: Encoding %q, want %q", c.file, res.Encoding, c.enc)
		}
		htmlCheckLines(t, c.file, res.Text, c.want, c.forbidden)
		if first := strings.SplitN(res.Text, "\n", 2)[0]; first != c.want[0] {
			t.Errorf("%s: first line %q, want the headline %q", c.file, first, c.want[0])
		}
	}
}

// TestHTMLFramesLoad holds every line of the frames file to its form: a
// role, a kind, and a selector that compiles.
func TestHTMLFramesLoad(t *testing.T) {
	kinds := map[string][]string{"content": {"css"}, "title": {"css"}, "info": {"css"}, "chrome": {"sub", "word"}, "region": {"sub", "word"}, "column": {"sub", "word"}}
	for i, line := range strings.Split(htmlFramesTSV, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 3 {
			t.Errorf("line %d: %q: want role<TAB>kind<TAB>value", i+1, line)
			continue
		}
		ok := false
		for _, k := range kinds[cols[0]] {
			ok = ok || k == cols[1]
		}
		if !ok {
			t.Errorf("line %d: %q: no role %q of kind %q", i+1, line, cols[0], cols[1])
		}
		if cols[1] == "css" {
			if _, err := cascadia.Compile(cols[2]); err != nil {
				t.Errorf("line %d: %q: %v", i+1, line, err)
			}
		}
	}
	f := htmlFrames()
	if len(f.content) == 0 || len(f.title) == 0 || len(f.info) == 0 || len(f.chrome) == 0 || len(f.region) == 0 || len(f.column) == 0 {
		t.Errorf("a role has no entries: %d content, %d title, %d info, %d chrome, %d region, %d column", len(f.content), len(f.title), len(f.info), len(f.chrome), len(f.region), len(f.column))
	}
	if !htmlInfoLabels()["索引号"] || !htmlInfoLabels()["发布时间"] || htmlInfoLabels()["#"] {
		t.Error("the info labels did not load")
	}
}

func FuzzHTML(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "html", "*.html"))
	for _, name := range files {
		if data, err := os.ReadFile(name); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte(strings.Repeat("<div>", 600)))
	f.Add([]byte("<table><tr><td rowspan=0 colspan=1000>x<table><tr><td>y"))
	f.Add([]byte("<?xml version=\"1.0\" encoding=\"gbk\"?><html><body><ol start=-5 type=i><li>a"))
	f.Fuzz(func(t *testing.T, data []byte) {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		r := htmlReader{}
		r.Sniff(data)
		res, err := r.Read(ctx, data, Limits{Depth: 64, Time: 10 * time.Second})
		if err != nil {
			if !errors.Is(err, ErrLimit) && !errors.Is(err, ErrNoText) && !errors.Is(err, ErrBroken) && !errors.Is(err, context.DeadlineExceeded) {
				t.Fatalf("unexpected error kind: %v", err)
			}
			return
		}
		if res.Format != HTML || res.Pages != 0 {
			t.Fatalf("Format %q Pages %d", res.Format, res.Pages)
		}
		if !strings.Contains("utf-8 utf-8-bom utf-16le utf-16be gb18030", res.Encoding) || res.Encoding == "" {
			t.Fatalf("Encoding %q", res.Encoding)
		}
		if bytes.ContainsRune([]byte(res.Text), '\r') || strings.Contains(res.Text, "\n\n") {
			t.Fatalf("stray line breaks in %q", res.Text)
		}
	})
}
