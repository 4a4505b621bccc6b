package parser

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestAnniversaryNoTarget: a plan a notice issues names the years a body
// has stood (是中国共产党成立100周年) in its opening sentence: no level a
// plan sets, no target; the plan's own count in the same text still is.
func TestAnniversaryNoTarget(t *testing.T) {
	doc := "某省民政厅关于印发《民政厅2021年工作要点》的通知\n来源:某省民政厅\n发布日期:2021-06-28\n\n各市(州)民政局,厅机关各处(室):\n\n《民政厅2021年工作要点》已经厅党组会议审议通过,现印发给你们,请结合实际,抓好贯彻落实。\n\n\n某省民政厅\n\n\n民政厅2021年工作要点\n\n2021年是全面建设社会主义现代化国家新征程开启之年,是“十四五”开局之年,是中国共产党成立100周年。全省民政系统要坚持稳中求进工作总基调,推动民政事业高质量发展。%s\n\n一、加强基本民生保障\n\n1.完善社会救助制度。推进低保扩围增效。\n"
	for _, tc := range []struct {
		name, extra string
		want        []string
	}{
		{"an anniversary alone", "", nil},
		{"a count the plan sets", "年内新建社区养老服务站30个。", []string{"30 个"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rec, err := Parse(Source{Path: "plan.txt", Data: []byte(strings.Replace(doc, "%s", tc.extra, 1))})
			if err != nil {
				t.Fatal(err)
			}
			b, _ := json.Marshal(rec)
			var got []string
			collectTargets(b, &got)
			if strings.Join(got, ";") != strings.Join(tc.want, ";") {
				t.Errorf("targets %q, want %q", got, tc.want)
			}
		})
	}
}

// collectTargets lists "value unit" of every target in a record's JSON.
func collectTargets(b []byte, out *[]string) {
	var v any
	_ = json.Unmarshal(b, &v)
	var walk func(any)
	walk = func(x any) {
		switch x := x.(type) {
		case map[string]any:
			for k, y := range x {
				if ts, ok := y.([]any); ok && k == "targets" {
					for _, t := range ts {
						if m, ok := t.(map[string]any); ok {
							b, _ := json.Marshal(m["value"])
							*out = append(*out, string(b)+" "+m["unit"].(string))
						}
					}
					continue
				}
				walk(y)
			}
		case []any:
			for _, y := range x {
				walk(y)
			}
		}
	}
	walk(v)
}
