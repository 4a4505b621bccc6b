package layout

import (
	"testing"

	"bulletin/parser/clean"
)

// TestStampHeadings: a timestamp line beside the account that posted the
// page, which the decoder read as a heading, heads no item; headings that
// name a year or a day among their words are parts all the same.
func TestStampHeadings(t *testing.T) {
	const text = "查看原文\n其他\n\n驰援来了!某省、某县,挺住!\n\n某某商报 2024-03-22\n\n某省、某县,挺住!\n\n记者从某省民政厅了解到,某省组织有关部门向灾区捐赠救灾物资。\n\n据了解,此次行动中,某省向灾区捐赠现金100万元。\n"
	checkItemTitles(t, []itemTitlesCase{
		{"an account's name and the day", text, ""},
		// Not so.
		{"a heading that names a year", "某县民政局工作总结\n2024-01-05 10:00:00\n近年来，某县民政局扎实推进各项工作。\n2023年工作回顾\n全年发放低保金1200万元。\n2024年工作打算\n继续做好兜底保障工作。\n", "2023年工作回顾 | 2024年工作打算"},
	})
}

// TestStampHeadingsOnly: only a line the decoder took for a heading is
// read again as the page's timestamp; the times a list of other news
// prints under the text (- 2024年03月22日 13:41:58) stay the list's, and
// date no page that prints no date of its own.
func TestStampHeadingsOnly(t *testing.T) {
	for _, tc := range []struct{ name, text, want string }{
		{"a list of news under the text", "某市发布养老服务管理办法\n近日，某市民政局印发《养老服务管理办法》，对养老机构的设立和运营作出规定。\n办法自2024年5月1日起施行。\n(记者 某某)\n相关新闻:\n- 2024年03月22日 13:41:58\n- 2024年03月22日 11:01:22\n- 2024年03月21日 10:43:05\n", "-"},
		{"a timestamp under the headline", "某市发布养老服务管理办法\n2024年03月22日 13:41:58\n近日，某市民政局印发《养老服务管理办法》，对养老机构的设立和运营作出规定。\n办法自2024年5月1日起施行。\n", "2024-03-22"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := Analyze(clean.Lines(tc.text))
			got := "-"
			if d.Date != nil {
				got = d.Date.Value
			}
			if got != tc.want {
				t.Errorf("date %q, want %q", got, tc.want)
			}
		})
	}
}
