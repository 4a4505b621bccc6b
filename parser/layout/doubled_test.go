package layout

import (
	"testing"

	"bulletin/parser/clean"
	"bulletin/parser/layout/cue"
)

// TestDoubledLinks: a line that prints one title twice over past the text
// (after a notice's 落款 here) is a link to another page, its title and its
// text: page chrome, no attachment. A copy run on into text, or a line said
// once, stays what the 落款 makes it.
func TestDoubledLinks(t *testing.T) {
	body := "关于清明期间祭扫服务的通告\n为做好清明祭扫服务工作，现将有关事项通告如下：\n一、全县公墓正常开放。\n二、各公墓设立服务点，引导群众文明祭扫。\n特此通告。\n某县民政局\n2024年3月25日\n"
	tests := []struct {
		name, text, line string
		want             cue.Role
	}{
		{"a link's title and text after the text", body + "某地开展消费券发放活动某地开展消费券发放活动\n", "某地开展消费券发放活动", cue.Chrome},
		{"a doubled title run on into the text", body + "工作情况汇报工作情况汇报一是做好救助。\n", "一是做好救助。", cue.Attachment},
		{"a line said once after the text", body + "各公墓延长开放时间至下午六时。\n", "各公墓延长开放时间至下午六时。", cue.Attachment},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := Analyze(clean.Lines(tc.text))
			found := false
			for _, l := range d.Lines {
				if l.Text == tc.line {
					found = true
					if l.Role != tc.want {
						t.Errorf("%q: role %s, want %s", l.Text, l.Role, tc.want)
					}
				}
			}
			if !found {
				t.Errorf("no line %q in %v", tc.line, d.Lines)
			}
		})
	}
}
