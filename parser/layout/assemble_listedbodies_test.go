package layout

import (
	"testing"

	"bulletin/parser/layout/cue"
)

// TestListedAboveOrgans: homes or associations listed one a line that the
// decoder ran into the 落款 are the text's list where organs sign under
// them; organs signing jointly, or an institution signing alone, keep
// their 落款.
func TestListedAboveOrgans(t *testing.T) {
	B, S := cue.Body, cue.Signature
	text := "现将等级评定结果公告如下："
	checkSigners(t, []signerCase{
		{"homes over the bureau", []string{text, "某市福利院", "某市二级养老机构", "某市玉山福利院", "某市民政局", "2023年8月31日"}, []cue.Role{B, S, S, S, S, S}, "某市民政局"},
		{"associations over the office", []string{text, "某市足球协会", "某市公园协会", "某市民政局办公室", "2020年12月1日"}, []cue.Role{B, S, S, S, S}, "某市民政局办公室"},
		{"organs jointly", []string{text, "某市民政局", "某市财政局", "2022年11月17日"}, []cue.Role{B, S, S, S}, "某市民政局"},
		{"an institution alone", []string{text, "某市殡仪馆", "2013年3月28日"}, []cue.Role{B, S, S}, "某市殡仪馆"},
		{"an organ over an institution", []string{text, "某市民政局", "某市慈善总会", "2024年1月8日"}, []cue.Role{B, S, S, S}, "某市民政局"},
	})
}
