package extract

import "testing"

// TestAgenciesReview11 covers the conventions read from reviewer 11's
// bureaus: a name opens where a word does, not inside the word before
// it (2025年度, 原属), nor on a verb's character the segmenter ran into a
// place (指|宝兴), nor on the act before its place (综合|鄂城区); an
// ending that opens a common word (中心工作) or the next word after a
// name (民政部|部务会议) ends none; 处 after a kind of body is its place;
// a body's own website names the body, a website named as the source
// does not; 各 before a level scopes over the list of a 主送 line. Each
// with cases where the rule must not fire.
func TestAgenciesReview11(t *testing.T) {
	tests := []rowCase{
		// A name opens where a word does.
		{"现向社会公布2025年度鞍山市民政局政府信息公开工作年度报告。", "鞍山市民政局"},
		{"计划在原属呼热胡社区北物流新建1个社区。", "呼热胡社区"},
		{"指宝兴殡仪馆。", "宝兴殡仪馆"},
		{"来源:综合鄂城区地名和界线管理领导小组办公室", "鄂城区地名和界线管理领导小组办公室"},
		// Must not fire: the name's own first word, place, level.
		{"计划在原呼热胡社区北物流新建。", "呼热胡社区"},
		{"2025年鞍山市民政局开展工作。", "鞍山市民政局"},
		{"由市民政局牵头负责。", "市民政局"},
		{"综合行政执法局开展检查。", "综合行政执法局"},
		{"来源:永宁县民政局", "永宁县民政局"},
		{"市综合行政执法局开展检查。", "市综合行政执法局"},
		// Endings that open a word end no name.
		{"紧密围绕民政中心工作，扎实推进。", ""},
		{"已经2024年1月4日民政部部务会议通过。", "民政部"},
		{"申请表可向受理机构处申请领取。", ""},
		{"异地商会名称由所在地行政区划名称构成。", ""},
		// Must not fire: a name with its own unit, a body's ending.
		{"市民政局社会事务处开展检查。", "市民政局社会事务处"},
		{"县委办、县政府办联合印发通知。", "县委办; 县政府办"},
		{"市救助管理站开展救助。", "市救助管理站"},
		{"市老年人活动中心组织活动。", "市老年人活动中心"},
		{"河北省商会举行年会。", "河北省商会"},
		// A body's own website names the body; a website as the source
		// does not.
		{"可以从乌海市民政局门户网站下载本报告。", "乌海市民政局"},
		{"通过区政府门户网站集中发布信息。", "区政府"},
		{"可在开阳县人民政府网站政府信息公开专栏下载。", "开阳县人民政府"},
		{"请登录南平市民政局网站查询。", "南平市民政局"},
		{"中央政府门户网站 www.gov.cn", ""},
		{"据民政部网站消息，办法发布。", ""},
		{"来源 | 民政部网站", ""},
		{"在中国南平政府网站上公开。", ""},
		// 各 over a 主送 line's list.
		{"各县、区民政局,市各开发区、新区政社局(政社办、社会事业局):", ""},
		{"各县、区民政局，市各乡镇民政办：", ""},
		// Must not fire: one body beside the class.
		{"各县（区）民政局，市救助管理站：", "市救助管理站"},
	}
	checkRows(t, tests, "agencies", agencyNames)
}
