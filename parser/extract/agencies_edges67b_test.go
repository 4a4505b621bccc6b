package extract

import "testing"

// TestAgencyCoordList67b covers a 、 list of bodies of co-ordination
// (联席会议, 协调会议, 领导小组) whose last member runs into the class noun
// of their members (…领导小组成员单位参加会议): each member is a body.
// Rows where the rule must not fire: one joint meeting alone before
// 成员单位 (the meeting's system), a list with a member of another ending,
// a list no member class follows, an ending alone as a member.
func TestAgencyCoordList67b(t *testing.T) {
	checkRows(t, []rowCase{
		{"会议召开。文昌市养老服务工作联席会议、困难群众基本生活保障工作协调会议、殡葬改革联席会议、未成年人保护工作领导小组成员单位,各镇分管领导参加会议。", "文昌市养老服务工作联席会议; 困难群众基本生活保障工作协调会议; 殡葬改革联席会议; 未成年人保护工作领导小组"},
		{"县殡葬改革联席会议、社会救助工作协调会议各成员单位负责人参加。", "县殡葬改革联席会议; 社会救助工作协调会议"},
		{"召开会议,市养老服务联席会议、老龄工作领导小组成员单位出席。", "市养老服务联席会议; 老龄工作领导小组"},
		// Must not fire.
		{"经市地名管理工作联席会议各成员单位同意。", ""},
		{"殡葬改革联席会议、民政工作会议成员单位参加。", ""},
		{"殡葬改革联席会议、社会救助工作协调会议定期召开。", ""},
		{"联席会议、社会救助工作协调会议成员单位参加。", ""},
	}, "agencies", agencyNames)
}

// TestAgencyTimeVerb67b covers a verb of time glued before a name it
// takes in its event (正值十里堡镇社会福利中心改建完毕): the name opens after
// it. Rows where it must not cut: the words inside another word (公正值守),
// after a name (福利院正值班), a season as the verb's object.
func TestAgencyTimeVerb67b(t *testing.T) {
	checkRows(t, []rowCase{
		{"正值十里堡镇社会福利中心提升改建完毕。", "十里堡镇社会福利中心"},
		{"恰逢县社会福利院新院建成。", "县社会福利院"},
		// Must not fire.
		{"公正值守的县民政局工作人员。", "县民政局"},
		{"县社会福利院正值班。", "县社会福利院"},
		{"正值重阳佳节,县民政局开展慰问。", "县民政局"},
	}, "agencies", agencyNames)
}

// TestAgencyOwnRoom67b covers a bureau named by its office alone before
// the room it meets in (在民政局会议室召开), in a text that names a body by
// its place, as before its own site. Rows where it must not fire: no
// placed body in the text, the short name repeating the placed one in the
// same sentence, a placed name before the room (found whole already).
func TestAgencyOwnRoom67b(t *testing.T) {
	checkRows(t, []rowCase{
		{"梅江区在民政局会议室召开动员会议,区民政局局长出席。", "民政局; 区民政局"},
		{"县民政局报告。全县在民政局会议室召开会议。", "县民政局; 民政局"},
		// Must not fire.
		{"在民政局会议室召开会议。", ""},
		{"梅江区民政局在民政局会议室召开会议。", "梅江区民政局"},
		{"梅江区在区政府会议室召开会议。", "区政府"},
	}, "agencies", agencyNames)
}
