package layout

import (
	"strings"
	"testing"

	"bulletin/parser/clean"
)

// TestLineOpensWithCloser: a closing mark opens no line in Chinese
// typesetting, so a line that opens with one goes on from the line above
// it, however the extraction broke it: a numbered paragraph's last mark
// set on the next line leaves it a paragraph with no title of its own. A
// line that opens with an opening bracket starts anew.
func TestLineOpensWithCloser(t *testing.T) {
	head := "公告\n根据《地名管理条例》的规定,经市人民政府同意,以下道路命名如下:\n"
	tests := []struct {
		name, text, want string
	}{
		{"a paragraph's mark on the next line",
			head + "1、西至“国道G539”、东至“明园大道”的路段命名为“中山大道(Zhongshan Dadao)\n”;\n2、南至“省道S502”、北至“园北路”的路段命名为“明园大道(Mingyuan Dadao)\n”;\n3、西至“火炬路”、东至“凤泉路”的路段命名为“新旺路(Xinwang Lu)\n”。\n特此公告\n某市民政局\n2022年3月29日\n",
			"-|-|-"},
		// Not so.
		{"a heading over its parts",
			"某市民政局关于做好养老服务工作的通知\n各县(市、区)民政局:\n现就有关事项通知如下:\n一、总体要求\n(一)提高认识。各地要高度重视。\n二、工作措施\n(一)加强领导。各地要加强组织领导。\n某市民政局\n2022年3月29日\n",
			"总体要求|工作措施"},
	}
	for _, tc := range tests {
		d := Analyze(clean.Lines(tc.text))
		var got []string
		for _, it := range d.Items {
			got = append(got, valueOf(it.Title))
		}
		if g := strings.Join(got, "|"); g != tc.want {
			t.Errorf("%s: item titles %q, want %q", tc.name, g, tc.want)
		}
	}
}
