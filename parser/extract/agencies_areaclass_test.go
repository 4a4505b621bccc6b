package extract

import "testing"

// TestAgencyAreaClass: a kind of body after 辖区 (within the area governed)
// is whichever bodies of that kind lie there, after 双方 (both sides) the
// two of that kind, a class; a body named by its place is one.
func TestAgencyAreaClass(t *testing.T) {
	checkRows(t, []rowCase{
		{"端午节前夕,区民政局走访辖区敬老院。", "区民政局"},
		{"近日,光明街社区联合辖区医院口腔科开展义诊。", "光明街社区"},
		{"得知其消息后,在双方救助站的联系下,通过微信视频相认。", ""},
		// Must not fire.
		{"端午节前夕,区民政局走访驿城区敬老院。", "区民政局; 驿城区敬老院"},
	}, "agencies", agencyNames)
}
