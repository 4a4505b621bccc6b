package layout

import (
	"strings"
	"testing"

	"bulletin/parser/clean"
)

// TestEntryHeadings: a yearbook's entries, each named in brackets with its
// text run on, are its items, titled by the name without its brackets; an
// outlet's dateline in brackets and a script's labels head nothing.
func TestEntryHeadings(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"yearbook entries", "民政工作\n\n【概述】 某县民政局设办公室、计划财务科等8个职能科室，全局共有干部职工78人。\n\n【社会救助】 全县共发放救灾救济金163万元，救助困难群众1.31万户。\n\n【优抚安置】 全年共接受退伍士兵114人，全部安置。\n",
			"概述|社会救助|优抚安置"},
		{"spaced names", "民政\n\n[ 双拥工作 ] 继续巩固双拥模范县的成果，荣获先进单位4个。\n\n[救灾、救济工作] 全县农田受灾面积4万公顷，占播种面积69.5%。\n",
			"双拥工作|救灾、救济工作"},
		{"a chapter's overview named again", "民政工作\n\n【概述】 某县民政局设办公室，全局共有干部职工78人。\n\n【社会救助】 全县共发放救灾救济金163万元。\n\n残联工作\n\n【概述】 某县残联设办公室，共有职工20人。\n\n【康复工作】 全年为残疾人提供康复服务300人次。\n",
			"概述|社会救助|残联工作|概述|康复工作"},
		// Not so.
		{"an outlet's dateline", "某旗开展重阳节走访慰问\n\n【某某日报讯】记者某某报道：重阳节期间，某旗委、旗政府组织开展走访慰问老年人活动。\n\n共发放慰问金19000元，充分体现了关心关怀。\n", ""},
		{"a script's labels", "七夕领证人数迎高峰\n\n【现场】8月22日是传统节日七夕，许多新人前来登记。\n\n【现场】据介绍，今年七夕领证的人数迎来了高峰。\n", ""},
	}
	for _, tc := range tests {
		d := Analyze(clean.Lines(tc.text))
		var got []string
		for _, it := range d.Items {
			if it.Title != nil {
				got = append(got, strings.ReplaceAll(it.Title.Value, " ", ""))
			}
		}
		if g := strings.Join(got, "|"); g != tc.want {
			t.Errorf("%s: item titles %q, want %q", tc.name, g, tc.want)
		}
	}
}
