package extract

import "testing"

// TestAgenciesReview27 covers names read from their context, each with
// cases where the rule must not fire (about a third of the table): the
// members of a 包括 list are kinds even where the segmenter guessed a
// word; 村居 joins two levels into a class; towns listed after a street
// of their level are bodies as the street is; a zone opens a short name
// as a place does, and the short name again after it is the same body;
// a quoted list of full names and a quoted social body after its class
// word are names; a company's region in brackets stays in its name; a 主送
// member with a name of its own after 各 is one body.
func TestAgenciesReview27(t *testing.T) {
	checkRows(t, []rowCase{
		{"现将凤凰街道、樊口街道、花湖镇、汀祖镇、碧石渡镇申报的47条道路进行命名。", "凤凰街道; 樊口街道; 花湖镇; 汀祖镇; 碧石渡镇"},
		{"信阳消息(蒋彬)为深入贯彻落实羊山新区党委关于近期安全生产工作的部署,羊山新区民政办在新年第一周,逐一对辖区养老机构进行消防安全检查。\n在检查中民政办对辖区养老机构下发告知书。", "羊山新区党委; 羊山新区民政办; 民政办"},
		{"黄浦区民政局与公益组织“感恩会”一起为老人送去温暖。", "黄浦区民政局; 感恩会"},
		{"该局对“合肥市大成拳研究会、合肥市大成拳协会”作出撤销登记的行政处罚。", "合肥市大成拳研究会; 合肥市大成拳协会"},
		{"明阳智慧能源集团股份公司捐赠1000万元支持助学项目,完美(中国)有限公司捐赠1000万元。", "明阳智慧能源集团股份公司; 完美(中国)有限公司"},
		{"关于做好2024年清明节祭扫工作的通知\n各镇民政所、焦岗湖国家湿地公园管理处社会事务部:\n清明节是传统节日。", "焦岗湖国家湿地公园管理处社会事务部"},
		{"记者在市民政局婚姻登记处了解到情况。\n市民政局", "市民政局婚姻登记处; 市民政局"},
		{"根据规定,凤凰街道、花湖镇政府申报道路命名。", "凤凰街道; 花湖镇政府"},
		// Must not fire: kinds listed after 包括; 村居 as a class; a
		// village after a street is another level; a short name in a
		// list after 、 is the list's; a quote after no class word, or
		// of a list with no place; a bracket of other words; a 主送
		// member that is a kind.
		{"据悉,民政服务机构主要包括:社会福利机构、特困人员供养机构、救助管理机构、军休军供机构、优抚医院、光荣院、养老服务机构等。", ""},
		{"1.申请.申请人或其代理人、村居民委员会代为提出申请(提供身份证、户口本等基础材料)", ""},
		{"凤凰街道、花湖村申报道路命名。", "凤凰街道"},
		{"各县(市、区)行政审批服务局、民政局,高新区社区管理局、行政审批服务局:", "高新区社区管理局"},
		{"他说这是一次“感恩会”。", ""},
		{"各镇人民政府、社会福利服务中心:\n请认真贯彻执行。", ""},
	}, "agencies", agencyNames)
}
