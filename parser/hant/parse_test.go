package hant_test

import (
	"slices"
	"testing"

	"bulletin/parser"
	"bulletin/schema"
)

// The same notice printed in traditional and in simplified characters
// gives the same values, each as its text prints it.
func TestParseTraditional(t *testing.T) {
	cases := []struct {
		text     string
		agencies []string // must be found
		absent   []string // must not be found
	}{
		{"關於印發某辦法的通知\n發布日期:2025-08-20 來源:勃利縣民政局 勃利縣財政局\n\n各單位:\n現將辦法印發給你們。\n\n勃利縣民政局    勃利縣財政局\n2025年8月20日\n",
			[]string{"勃利縣民政局", "勃利縣財政局"}, []string{"勃利县财政局", "勃利县民政局"}},
		{"关于印发某办法的通知\n发布日期:2025-08-20 来源:勃利县民政局 勃利县财政局\n\n各单位:\n现将办法印发给你们。\n\n勃利县民政局    勃利县财政局\n2025年8月20日\n",
			[]string{"勃利县民政局", "勃利县财政局"}, []string{"勃利縣財政局"}},
		// A mirror that sets readings after characters: the names run
		// whole and come back printed, without the readings.
		{"關於印發某辦法的通知\n發布日期:2025-08-20 來源:勃利縣民政局\n\n各單位:\n按照勃利縣財(cái)政局要求,現將辦法印發給你們。\n\n勃利縣民政局\n2025年8月20日\n",
			[]string{"勃利縣財政局"}, []string{"勃利縣財(cái)政局", "勃利县财政局", "財"}},
		// A PDF's font map spelled some characters as radicals (⺠ for
		// 民, ⾦ for 金): the names are read and printed in full.
		{"關於印發某辦法的通知\n發布日期:2025-08-20 來源:勃利縣⺠政局\n\n各單位:\n按照勃利縣財政局要求,現將辦法印發給你們,資⾦由縣⺠政局撥付。\n\n勃利縣⺠政局\n2025年8月20日\n",
			[]string{"勃利縣民政局", "勃利縣財政局"}, []string{"勃利縣⺠政局", "勃利县民政局", "勃利县财政局"}},
		{"按照省政府辦公廳和省民政廳文件,駐勃部隊和武警部隊官兵。\n",
			[]string{"省政府辦公廳", "省民政廳"}, []string{"省政府", "武警部", "省政府办公厅"}},
	}
	for _, c := range cases {
		rec, err := parser.Parse(parser.Source{Path: "t.txt", Data: []byte(c.text)})
		if err != nil {
			t.Fatal(err)
		}
		got := agencies(rec)
		for _, a := range c.agencies {
			if !slices.Contains(got, a) {
				t.Errorf("%q: agency %s missing from %v", c.text, a, got)
			}
		}
		for _, a := range c.absent {
			if slices.Contains(got, a) {
				t.Errorf("%q: agency %s should not be in %v", c.text, a, got)
			}
		}
	}
}

func agencies(rec *schema.Record) []string {
	var out []string
	add := func(e schema.Entities) {
		for _, a := range e.Agencies {
			out = append(out, a.Text)
		}
	}
	add(rec.Document.Entities)
	for _, it := range rec.Items {
		add(it.Entities)
	}
	for _, p := range rec.Passages {
		add(p.Entities)
	}
	return out
}
