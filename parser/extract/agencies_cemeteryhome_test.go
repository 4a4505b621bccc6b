package extract

import "testing"

// TestAgencyCemeteryHome: a cemetery named 故园 by its operator, as others
// name theirs 陵园, with its place and a proper name before the ending,
// as a directory of funeral services lists them. Not so: the word alone,
// the home one goes back to.
func TestAgencyCemeteryHome(t *testing.T) {
	checkRows(t, []rowCase{
		{"殡葬服务机构联系方式 兴平市茂陵故园 029—3845604 咸阳市五陵故园 029—3311432", "兴平市茂陵故园; 咸阳市五陵故园"},
		{"武功县后稷故园暂停现场祭扫。", "武功县后稷故园"},
		// Must not fire.
		{"清明时节回到故园。", ""},
		{"游子重返故园看看。", ""},
	}, "agencies", agencyNames)
}
