package extract

import "testing"

// TestAgencyEdges52 covers the names found in reviews 50b and 51a: the
// last unit of a list before a noun for the units' staff (…和某某股工作人员),
// a facility whose name holds a verb bound to 式 after its owner (某某社区
// 嵌入式养老服务中心), and a plan word the segmenter takes for a district
// before a kind of facility (新建|老年日间服务中心). Each with rows where the
// rule must not fire.
func TestAgencyEdges52(t *testing.T) {
	checkRows(t, []rowCase{
		// A noun for the staff closes the list's last member.
		{"社会救助股和财务股工作人员列席会议。", "社会救助股; 财务股"},
		{"市统计局办公室和综合科干部职工参加学习。", "市统计局办公室; 综合科"},
		{"县档案馆办公室、保管科职工参加培训。", "县档案馆办公室; 保管科"},
		// Must not fire: a kind of body before the staff noun; staff with
		// no list of units.
		{"县档案馆办公室和社区职工参加培训。", "县档案馆办公室"},
		{"全体工作人员参加培训。", ""},
		// A verb bound to 式 after the facility's owner.
		{"随后一行人前往城南社区嵌入式养老服务中心。", "城南社区嵌入式养老服务中心"},
		{"青石社区开放式活动中心投入使用。", "青石社区开放式活动中心"},
		// Must not fire: no owner before it, a plan on a kind of
		// facility.
		{"推广嵌入式养老服务中心。", ""},
		{"全区建成嵌入式养老服务中心12个。", ""},
		{"新建嵌入式养老服务中心投入运营。", ""},
		// 新建 as the plan's verb before a kind of facility.
		{"新建老年日间照护中心3所。", ""},
		{"三、新建嵌入式养老服务中心", ""},
		// Must not fire: 新建 with its level names the district; a
		// name that opens with its place after the verb.
		{"新建区民政局召开会议。", "新建区民政局"},
		{"新建合江县社会救助福利院投入使用。", "合江县社会救助福利院"},
	}, "agencies", agencyNames)
}
