package extract

import "testing"

// TestAgenciesReview30 covers cited issuers, co-ordinated bodies, classes
// and sources, each with cases where the rule must not fire (about a
// third of the table): a cited list of issuers ends at the 等 that closes
// it; 中共中央 names one body and opens a second after a whole name; an
// ordinal whose number was lost opens no name, while a 落款 keeps its
// term's ordinal; a verb of misusing a name bounds it; 相应 picks a kind;
// bare levels listed or bracketed make a class, and so do a pilot's kind,
// a kind built or set up; 我部 points at the writing ministry; a lead's
// day before 讯 leaves the outlet a source; 所 before a verb and 的 is a
// particle.
func TestAgenciesReview30(t *testing.T) {
	checkRows(t, []rowCase{
		{"根据《民政部等22部委局印发关于铲除非法社会组织滋生土壤的通知》执行。", "民政部"},
		{"根据《民政部、教育部等部门关于加强社区工作的意见》执行。", "民政部; 教育部"},
		{"根据《中共中央国务院关于加强和完善城乡社区治理的意见》执行。", "中共中央; 国务院"},
		{"根据《中共中央办公厅国务院办公厅关于深入推进农村社区建设试点工作的指导意见》执行。", "中共中央办公厅; 国务院办公厅"},
		{"为贯彻落实中共中央、国务院关于加强基层治理体系和治理能力现代化建设的意见精神。", "中共中央; 国务院"},
		{"本社区定于2014年1月16日,开展第届社区居委会换届直选。", "社区居委会"},
		{"西南交大社区第五届社区选举委员会\n2013年12月2日", "西南交大社区第五届社区选举委员会"},
		{"关于对社会组织冒用民政部名义活动的严正声明", "民政部"},
		{"向我部社会组织管理局举报社会组织涉嫌冒用民政部名义的各类活动。", "社会组织管理局; 民政部"},
		{"岳阳县融媒体中心2月1日讯(记者 万青昊)记者从县民政局了解到。", "县民政局"},
		{"利益相关方可主动与民政部相应司局联系核实。", "民政部"},
		{"由城东区民政局和市救助站负责。", "城东区民政局; 市救助站"},
		{"由市民政局新建的城东养老院负责。", "市民政局; 城东养老院"},
		{"根据《中共中央组织部关于加强党建工作的通知》执行。", "中共中央组织部"},
		{"国务院国有资产监督管理委员会召开会议。", "国务院国有资产监督管理委员会"},
		{"县融媒体中心记者报道,县民政局召开会议。", "县融媒体中心; 县民政局"},
		// Must not fire: classes, a pilot's kind, a kind to be set up or
		// built, a particle, the outlet of a lead with its day.
		{"火化后骨灰一律入葬镇、村公益性公墓或存入骨灰堂。", ""},
		{"入选省智慧养老院试点县区。", ""},
		{"鼓励组建“社区救助顾问工作室”。", ""},
		{"由市殡仪馆或镇(办)殡仪服务中心负责。", "市殡仪馆"},
		{"还有一个是“十三五”期间集中建设的未成年人保护中心,明确职责。", ""},
		{"向所在地的县(市、区)委文明办和志愿中心申报。", ""},
		{"团体志愿者服务所产生的时间先期仅可用于捐赠。", ""},
		{"城关县融媒体中心2024年3月5日讯(通讯员 王五)近日,全镇开展活动。", ""},
	}, "agencies", agencyNames)
}
