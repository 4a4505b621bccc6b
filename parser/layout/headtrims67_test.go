package layout

import (
	"fmt"
	"strings"

	"bulletin/parser/clean"
	"testing"
)

// TestOriginalNamed: an 原标题 note under a repost's head names which of
// the head's lines are the title: a kicker over it stays out; a note that
// names the whole head, or other words, changes nothing.
func TestOriginalNamed(t *testing.T) {
	body := "\n记者某某 通讯员某某\n2024年03月28日07:55 | 来源:某某日报\n\n%s\n\n3月27日上午,某省慈善总会成立15周年纪念大会在某市举行。据统计,15年来累计筹募款物15亿元。\n\n会上,省慈善总会授予35家企业“慈善奖”。\n"
	head := "某网>>某网某省频道>>某省新闻\n\n省慈善总会成立15周年以来\n\n募集款物15亿元 惠及困难群众250万人次\n"
	tests := []titleCase{
		{"a kicker over the title the note names", head + fmt.Sprintf(body, "原标题:募集款物15亿元 惠及困难群众250万人次"), "募集款物15亿元惠及困难群众250万人次"},
		{"a note naming the whole head", head + fmt.Sprintf(body, "原标题:省慈善总会成立15周年以来募集款物15亿元 惠及困难群众250万人次"), "省慈善总会成立15周年以来募集款物15亿元惠及困难群众250万人次"},
		{"a note naming other words", head + fmt.Sprintf(body, "原标题:省慈善总会十五年募集款物十五亿元"), "省慈善总会成立15周年以来募集款物15亿元惠及困难群众250万人次"},
		{"no note", head + fmt.Sprintf(body, "小字号"), "省慈善总会成立15周年以来募集款物15亿元惠及困难群众250万人次"},
	}
	checkTitles(t, tests)
}

// TestLawDatabaseFields: a law database's 【label】value record between a
// copy of the title and the text is the page's fields, no title; its
// 【发布部门】 names the issuer where the text prints no 落款.
func TestLawDatabaseFields(t *testing.T) {
	title := "某市人民政府关于命名某市和谐社区建设示范社区的决定"
	record := "【法规类别】基层组织管理\n【发文字号】某政发[2008]31号\n【发布部门】某市政府\n【发布日期】2008.04.01\n【实施日期】2008.04.01\n【时效性】现行有效\n"
	body := title + "\n(某政发〔2008〕31号)\n各区人民政府,各委、局:\n为树立典型,市人民政府决定,命名某社区等100个社区为某市和谐社区建设示范社区。\n希望被命名的社区继续保持昂扬向上的精神状态。\n"
	checkTitles(t, []titleCase{
		{"a record under the title", title + "\n" + record + body, title},
		{"a record alone over the text", record + body, title},
	})
	checkIssuers(t, "%s"+title+"\n"+record+body, []issuerCase{
		{"the record's 发布部门", "", "某市政府"},
	})
}

// TestNumberAfterTitle: a notice's 发文字号 in brackets at the end of its
// headline line is the document's number, no word of its title; brackets
// that hold no number stay the title's.
func TestNumberAfterTitle(t *testing.T) {
	body := "\n发布时间:2018-08-21 浏览次数:\n\n2018年6月7日,自治区人民政府同意撤销某县某乡,设立某镇。\n\n请你们按照有关规定,做好相关工作。\n"
	checkTitles(t, []titleCase{
		{"a number in brackets", "某自治区民政厅\n\n关于同意某县等3个乡撤乡设镇的批复(某政函[2018]87号)\n" + body, "关于同意某县等3个乡撤乡设镇的批复"},
		{"full-width brackets", "关于同意某县等3个乡撤乡设镇的批复（某政函〔2018〕87号）\n" + body, "关于同意某县等3个乡撤乡设镇的批复"},
		{"brackets with no number", "关于同意某县等3个乡撤乡设镇的批复(征求意见稿)\n" + body, "关于同意某县等3个乡撤乡设镇的批复(征求意见稿)"},
	})
}

// TestStrayHeading: the one heading of a report that stands between the
// page's head and all of its text heads no part: no items. A heading
// after text, a numbered one, or one of two opens a part.
func TestStrayHeading(t *testing.T) {
	head := "• 全县殡葬改革工作现场会议召开\n\n  • 发布时间:2021-03-31 12:18 | 作者: | 来源:某某信息网 | 浏览次数:\n"
	text := "3月30号上午,全县殡葬改革工作现场会议召开,县委常委、宣传部长某某出席会议。\n会议要求,各乡镇要切实加强组织领导,确保殡葬改革工作取得实效。\n"
	for _, tc := range []struct {
		name, text string
		want       int
	}{
		{"a stray word under the information line", head + "    某某网\n  •       " + strings.ReplaceAll(text, "\n", "") + "\n  • 相关内容\n", 0},
		{"a heading after the lead", head + text + "会议指出\n各部门要密切配合,形成工作合力。\n", 1},
		{"a numbered heading", head + "一、工作开展情况\n" + text, 1},
		{"two headings", head + text + "会议强调\n各乡镇要压实责任,确保各项工作落到实处。\n会议指出\n各部门要密切配合,形成工作合力。\n", 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := len(Analyze(clean.Lines(tc.text)).Items); got != tc.want {
				t.Errorf("%d items, want %d", got, tc.want)
			}
		})
	}
}

// TestOwnNumberKind: a text that prints its own 发文字号 is a notice,
// whatever the page around it; an article that cites another's number is
// still an article.
func TestOwnNumberKind(t *testing.T) {
	page := "某自治区民政厅\n\n政府信息公开\n\n%s\n\n发布时间:2018-08-21浏览次数:【字体:\n\n2018年6月7日,自治区人民政府同意撤销某县某乡,设立某镇。请你们按照有关规定,做好相关工作。\n"
	for _, tc := range []struct{ name, head, want string }{
		{"a 批复 with its number after the title", "关于同意某县等3个乡撤乡设镇的批复(某政函[2018]87号)", "notice"},
		{"a report that cites a number", "某县召开撤乡设镇工作推进会,落实某政函〔2018〕87号批复", "article"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := Analyze(clean.Lines(fmt.Sprintf(page, tc.head))).Kind; string(got) != tc.want {
				t.Errorf("kind %q, want %q", got, tc.want)
			}
		})
	}
}
