package extract

import "testing"

// TestAgencyPartySecretaryChain: a secretary's post of a body's Party
// committee or group that opens a chain of the person's posts (agency
// cues partypost, chain; partyPostsOff) is the person's in that body: the
// bureau is the agency. Not so: the post alone before the person's name
// (the committee is named), a committee of a body's organs, a
// secretary's post with no body's name before it, and the Party
// committee of a community or an institution, its own leading organ.
func TestAgencyPartySecretaryChain(t *testing.T) {
	checkRows(t, []rowCase{
		{"当天,市民政局党委书记、局长赵某出席。", "市民政局"},
		{"县民政局党组书记、局长王某主持会议。", "县民政局"},
		{"区民政局党组副书记、副局长张某参加。", "区民政局"},
		// Must not fire.
		{"市民政局党委书记李某出席。", "市民政局党委"},
		{"市民政局机关党委书记、副主任张某出席。", "市民政局机关党委"},
		{"镇党委书记、镇长王某带队。", "镇党委"},
		{"朝阳区红旗街道德昌社区党委书记、居委会主任张某", "朝阳区红旗街道德昌社区党委"},
		{"市民政事务服务中心党委副书记、主任李某讲话。", "市民政事务服务中心党委"},
	}, "agencies", agencyNames)
}
