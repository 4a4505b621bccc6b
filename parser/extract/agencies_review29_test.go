package extract

import "testing"

// TestAgenciesReview29 covers classes, outlets and list members, each
// with cases where the rule must not fire (about a third of the table):
// a cemetery by its standing in law (合法, 公益性, 经营性) and a body that
// every village sets up (村务) are kinds; a division listed among kinds
// of facility (等公共场所) is a place; a division's name then a word that
// ranks a level (石首市乡镇办) is a class; a media centre that opens an
// information line is the page's source; a page counter's 页 opens no
// name; a rank's 等 (三等奖) closes no list; the first member of a list
// of peers after a verb is named as the rest are; 团中央 ends a name; 推荐
// bounds one; a cited title of rules opens with its issuer.
func TestAgenciesReview29(t *testing.T) {
	checkRows(t, []rowCase{
		{"民政部联合教育部、公安部、司法部等十部门制定出台了意见。", "民政部; 教育部; 公安部; 司法部"},
		{"国务院妇儿工委办公室、共青团中央、全国妇联等部门参加。", "国务院妇儿工委办公室; 共青团中央; 全国妇联"},
		{"2023年8月,推荐三里街街道铁一社区、长淮街道胜利社区参加评选。", "三里街街道铁一社区; 长淮街道胜利社区"},
		{"二等奖,局办公室、福利彩票服务站、市社会救助综合服务中心汇报人分别荣获三等奖。", "局办公室; 福利彩票服务站; 市社会救助综合服务中心"},
		{"根据《民政部彩票公益金使用管理信息公开办法(试行)》执行。", "民政部"},
		{"依照《福建省民政厅彩票公益金使用管理暂行办法》执行。", "福建省民政厅"},
		{"第1页共2页市民政局关于村务公开的情况汇报", "市民政局"},
		{"张家村村务监督委员会负责。", "张家村村务监督委员会"},
		{"长青园公墓位于城东。", "长青园公墓"},
		{"民政局设有社会事务科。\n县融媒体中心记者报道,县民政局召开会议。", "县融媒体中心; 县民政局"},
		// Must not fire: kinds of cemetery; the committee of every
		// village; divisions among facilities; a class of townships'
		// stations; a media centre on the info line; a list member with
		// no place, the list closed by 等; a title of rules with no issuer
		// or with a class term.
		{"骨灰安葬在合法公墓、农村公益性纪念堂内。", ""},
		{"禁止建造经营性公墓和公益性公墓。", ""},
		{"由村务监督委员会负责。", ""},
		{"禁止在学校、医院、城区街道、居民社区等公共场所搭建灵棚。", ""},
		{"标志着石首市乡镇办区社会工作站建设全面铺开。", ""},
		{"石首市融媒体中心发布时间:2021-09-23", ""},
		{"联合宣传部、组织部等部门开展活动。", ""},
		{"根据《民政部门工作规定》和《养老机构管理办法》执行。", ""},
		{"依据《湖北省地名管理办法》和《北京市社区养老服务驿站管理办法》。", ""},
	}, "agencies", agencyNames)
}
