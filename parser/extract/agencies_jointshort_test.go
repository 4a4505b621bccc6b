package extract

import "testing"

// TestAgencyJointShort: a body's short name (民政局) joined to a body named
// with its place before it, by a verb of acting jointly or as a list's
// second member, names that place's one body (jointShortBodies). Not so:
// after a list's member that opens with a bare level (its level shared),
// after a list's later member (each place's, a class), after a
// class, and after a national body (no place's).
func TestAgencyJointShort(t *testing.T) {
	checkRows(t, []rowCase{
		{"1月13日,周至县消防救援大队联合民政局开展消防安全检查。", "周至县消防救援大队; 民政局"},
		{"县民政局会同财政局对困难群众救助工作开展检查。", "县民政局; 财政局"},
		{"周至县消防救援大队和民政局开展检查。", "周至县消防救援大队; 民政局"},
		// Must not fire.
		{"市行政审批服务局、民政局相关科室:", "市行政审批服务局"},
		{"云安区、新兴县人民政府、民政局负责同志参加。", "新兴县人民政府"},
		{"各县行政审批服务局、民政局:", ""},
		{"根据《民政部、民政局关于做好救助工作的通知》要求。", "民政部"},
	}, "agencies", agencyNames)
}
