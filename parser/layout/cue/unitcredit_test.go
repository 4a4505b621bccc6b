package cue

import "testing"

func TestUnitCredit(t *testing.T) {
	for _, c := range []struct {
		line, bodies string
	}{
		{"上报单位：某区民政局", "某区民政局"},
		{"报送单位:某县民政局、某街道办事处", "某县民政局、某街道办事处"},
		{"（供稿单位：某市救助管理站）", "某市救助管理站"},
		{"供稿：某市社会福利院", "某市社会福利院"},
		{"上报单位 ：某县养老服务中心。", "某县养老服务中心"},
		{"[供稿单位:市总工会][责任编辑:丁某某]", "市总工会"}, // credits in brackets side by side
		{"【供稿单位：某区民政局】", "某区民政局"},
		// A person after 供稿, a sentence after the label, a label alone,
		// a label in running text: no unit credit.
		{"供稿：张某某", ""},
		{"上报单位：请于5月10日前将材料报送至市民政局。", ""},
		{"上报单位：", ""},
		{"各上报单位：某区民政局要按时报送", ""},
		{"报送单位（盖章）", ""},
		{"[供稿单位:市总工会]请各单位按时报送信息", ""}, // a sentence after the bracket
	} {
		start, end, ok := UnitCredit(c.line)
		got := ""
		if ok {
			got = c.line[start:end]
		}
		if got != c.bodies {
			t.Errorf("UnitCredit(%q) = %q, want %q", c.line, got, c.bodies)
		}
	}
}
