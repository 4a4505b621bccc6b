package extract

import "testing"

// TestAgencyStartWordTail: one character that ends a word the segmenter
// read with the character before it (送进), then a kind, names no body.
// Not so: a level, a place or a body's own ending before the kind, and a
// name with words of its own.
func TestAgencyStartWordTail(t *testing.T) {
	checkRows(t, []rowCase{
		{"把理发、维修、政策咨询等服务送进社区、送到村头。", ""},
		{"各类服务送进社区。", ""},
		// Must not fire.
		{"市民政局召开会议。", "市民政局"},
		{"经局党组研究决定。", "局党组"},
		{"千灯民政服务站开展活动。", "千灯民政服务站"},
		{"长淮街道胜利社区开展活动。", "长淮街道胜利社区"},
	}, "agencies", agencyTextRows)
}
