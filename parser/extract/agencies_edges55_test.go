package extract

import "testing"

// TestAgencyEdges55 covers the names left by reviews 53b and 53c: a
// road's course whose compass verbs run into the bodies at its ends, 暨
// between two bodies, the group a place sets up for a national census,
// the endings 墓区, 寝园, 公路总段, 农商行 and 大食堂, and the 儿童之家 of
// every community as a kind. Each with rows where the rule must not fire.
func TestAgencyEdges55(t *testing.T) {
	checkRows(t, []rowCase{
		// A road's course: the compass verbs open no name.
		{"该路北起县人民医院，南至县东风中学。", "县人民医院; 县东风中学"},
		{"该路西起镇政府，东至县林业局。", "镇政府; 县林业局"},
		{"道路东起县农业局，西至县民政局门前。", "县农业局; 县民政局"},
		// Must not fire: the county 东至县, with no course before it.
		{"东至县民政局召开会议。", "东至县民政局"},
		{"在东至县民政局召开会议。", "东至县民政局"},
		// 暨 joins two bodies; neither holds it.
		{"会议由市民政局暨市地名办主办。", "市民政局; 市地名办"},
		{"全县民政工作会议暨县老龄工作委员会全体会议召开。", "县老龄工作委员会"},
		// Must not fire: a meeting's two titles name no body.
		{"召开全县民政工作会议暨党风廉政建设工作会议。", ""},
		// The group a place sets up for a census is named after it.
		{"青川省第二次全国地名普查领导小组召开会议。", "青川省第二次全国地名普查领导小组"},
		{"市第七次全国人口普查领导小组办公室发布通知。", "市第七次全国人口普查领导小组办公室"},
		// Must not fire: the census alone, a group of no place or one
		// yet to be set up (a group founded: agencies_groupfounded.go).
		{"做好第七次全国人口普查工作。", ""},
		{"要成立第二次全国地名普查领导小组。", ""},
		{"加强全国民政系统领导小组建设。", ""},
		// Endings: a cemetery's ground and a cemetery named for rest, a
		// highway body, a rural bank, a canteen of the elderly.
		{"前往长岭公墓、平山墓区、东湖墓区祭扫。", "长岭公墓; 平山墓区; 东湖墓区"},
		{"长林县西山寝园开放预约。", "长林县西山寝园"},
		{"長林縣西山寢園開放預約。", "長林縣西山寢園"},
		{"石桥县公路总段负责养护。", "石桥县公路总段"},
		{"青山县农商行捐赠物资。", "青山县农商行"},
		{"青山乡东村惠民大食堂开业。", "青山乡东村惠民大食堂"},
		// Must not fire: the endings alone, with no place or name.
		{"墓区内禁止燃放鞭炮。", ""},
		{"各墓区将延长开放时间。", ""},
		{"到农商行办理业务。", ""},
		{"去大食堂吃饭。", ""},
		// 社区儿童之家: the kind every community sets up.
		{"社区儿童之家开展活动。", ""},
		{"儿童之家开展活动。", ""},
		// Must not fire: one community's home.
		{"青山社区儿童之家开展活动。", "青山社区儿童之家"},
	}, "agencies", agencyNames)
}
