package layout

import (
	"strings"
	"testing"

	"bulletin/parser/clean"
)

// TestCaptionPassage: a photo's caption between the paragraphs of a report
// is chrome, yet a passage of its own, so that the people it names are
// read; a headline of the page's links after the text, of a caption's
// shape, is no caption of the text's.
func TestCaptionPassage(t *testing.T) {
	head := "某市民政局被评为全省民政工作优秀单位\n\n某市新闻网2月2日讯(记者王某某)2月1日,全省民政工作会议召开,我局被评为优秀单位。\n\n"
	tail := "\n\n近年来,某市民政局积极推动慈善社工与志愿服务融合发展,培育社会组织120家。\n"
	tests := []struct {
		name, text, want string
	}{
		{"credited caption", head + "某市民政局党组书记、局长黄某某作交流发言  王某某 摄" + tail, "黄某某作交流发言"},
		{"marked caption", head + "△ 某市召开2021年民政工作会议现场" + tail, "民政工作会议现场"},
		// Not so.
		{"no caption", head + "会议要求,各地要压实责任。" + tail, ""},
		{"after the text", head + strings.TrimSpace(tail) + "\n\n全省民政工作会议某某分会场  王某某 摄\n", ""},
	}
	for _, tc := range tests {
		d := Analyze(clean.Lines(tc.text))
		got := ""
		for _, p := range d.Passages {
			if p.Role == "caption" {
				got = p.Text.String()
			}
		}
		if tc.want == "" && got != "" || tc.want != "" && !strings.Contains(got, tc.want) {
			t.Errorf("%s: caption passage %q, want %q", tc.name, got, tc.want)
		}
	}
}
