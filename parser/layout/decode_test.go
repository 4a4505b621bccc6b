package layout

import (
	"slices"
	"testing"

	"bulletin/parser/clean"
	"bulletin/parser/layout/cue"
)

// TestSettledFromTheTop: where the settling cues leave no profile a way
// through (an extraction lost the 落款, so an attachment's heading stands
// where no attachment may), the lines above the conflict keep what their
// cues settle: the 发文机关标志 stays the header and names the issuer, not
// the office that prints the notice.
func TestSettledFromTheTop(t *testing.T) {
	// A converter marks the masthead and the title as headings.
	head := "# 某县民政局文件\n\n某民〔2024〕3号\n\n## 某县民政局关于做好冬季救助工作的通知\n\n各乡镇人民政府：\n\n为切实做好今冬明春困难群众基本生活保障工作，现将有\n关事项通知如下。请各地认真抓好落实，确保困难群众温\n暖过冬。\n\n一、加强排查\n\n各乡镇要对辖区困难群众开展一次全面排查，及时将符合\n条件的人员纳入救助范围，做到应保尽保、应救尽救，不\n漏一户、不落一人。\n\n二、及时发放\n\n救助资金要在规定时间内足额发放到户，不得截留挪用，\n对发现的问题要及时整改到位。\n\n"
	tests := []struct {
		name, tail string
		conflict   bool // whether every line's settling cues together leave no way
		issuer     string
	}{
		{"an attached plan with no 落款", "附件1\n\n某县冬季救助工作方案\n\n为保障困难群众温暖过冬，制定本方案。\n\n各乡镇要明确专人负责，按时报送工作进展情况。\n\n某县民政局办公室\n\n2024年11月5日印发\n", true, "某县民政局"},
		{"a 落款 before the attached plan", "某县民政局\n\n2024年11月5日\n\n附件1\n\n某县冬季救助工作方案\n\n为保障困难群众温暖过冬，制定本方案。\n\n各乡镇要明确专人负责，按时报送工作进展情况。\n\n某县民政局办公室\n\n2024年11月5日印发\n", false, "某县民政局"},
		{"no attachment", "某县民政局办公室\n\n2024年11月5日印发\n", false, "某县民政局"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cl := clean.Lines(head + tc.tail)
			d := cue.NewDoc(units(cl))
			matches := cue.Match(d)
			feats := featuresOf(matches)
			m := weights()
			all := m.decodeWith(feats, matches, nil, nil, nil, len(feats), 1)
			if got := all.profile < 0; got != tc.conflict {
				t.Fatalf("settling every line leaves no way: %v, want %v", got, tc.conflict)
			}
			if tc.conflict && (all.dead <= 0 || all.dead >= len(feats)) {
				t.Errorf("the way closes at line %d, want a line inside the text", all.dead)
			}
			lab := m.decode(feats, matches, nil, nil)
			if lab.profile < 0 {
				t.Fatal("no labelling")
			}
			if !tc.conflict && !slices.Equal(lab.roles, all.roles) {
				t.Errorf("with no conflict the labelling is not the settled one")
			}
			if lab.roles[0] != cue.Header {
				t.Errorf("the 发文机关标志 %q is %v, want header", d.Lines[0].Sq, lab.roles[0])
			}
			if got := valueOf(Analyze(cl).Issuer); got != tc.issuer {
				t.Errorf("issuer %q, want %q", got, tc.issuer)
			}
		})
	}
}
