package extract

import (
	"testing"

	"bulletin/parser/layout"
)

// TestTargetsClassBoundLastItem: a count right after the conjunction that
// joins a list's last item (、…和, 及) opens an item of its own, the share of
// its noun to reach, as one right after 、 does; a 和 with no list before
// it, or one inside the all-word's own class, leaves the class a bound
// defines. The test document is dated 2025-06-03.
func TestTargetsClassBoundLastItem(t *testing.T) {
	tests := []kindTargets{
		{"、…和", "要确保设施覆盖所有城市社区、90%以上乡镇和60%以上村。", "plan 90 % -; plan 60 % -", layout.Notice},
		{"、…及", "要确保覆盖所有城市社区、80%以上乡镇及50%以上村。", "plan 80 % -; plan 50 % -", layout.Notice},

		// A class still.
		{"和 with no list", "要确保覆盖所有林区和30户以上自然村。", "", layout.Notice},
		{"no conjunction", "要确保覆盖所有非火化区、林区30户以上自然村寨组。", "", layout.Notice},
		{"a word ending in 和", "要确保覆盖所有城市社区、平和30户以上自然村。", "", layout.Notice},
	}
	checkKindTargets(t, tests)
}
