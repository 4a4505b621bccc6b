package extract

import "testing"

// TestAgencyBroadcaster: a radio or television station named with its
// place or level in a sentence of the text is a body; one named as the
// text's source or in a credit, or with no place, is none.
func TestAgencyBroadcaster(t *testing.T) {
	checkRows(t, []rowCase{
		{"局里在市广播电视台开设了专题栏目,宣传惠民政策。", "市广播电视台"},
		{"公告在区电视台循环播放,群众知晓率提高。", "区电视台"},
		{"协调市电视台自9月5日起播放公益广告。", "市电视台"},
		{"西畴县电视台某栏目主持人到场,与新人互动。", "西畴县电视台"},
		{"工作得到中央电视台、省内媒体关注报道。", "中央电视台"},
		// Must not fire: the text's source, a byline, a copyright line, a
		// station with no place, a station line of its own.
		{"据西畴县电视台报道,活动于近日举行。", ""},
		{"西畴县电视台记者从民政局获悉,活动于近日举行。", ""},
		{"西畴县广播电视台版权所有,未经许可不得转载。", ""},
		{"他在电视台工作,负责采访。", ""},
		{"西畴县电视台", ""},
	}, "agencies", agencyNames)
}
