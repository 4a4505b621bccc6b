package extract

import "testing"

// TestAgencySources covers the sources a page credits: a byline in
// brackets, a media outlet credited with a report, a dateline or a source
// field that names the outlet. Each with cases where the rule must not
// fire.
func TestAgencySources(t *testing.T) {
	checkRows(t, []rowCase{
		// A byline's bracket closes before the name.
		{"(记者 崔静)市民政局召开会议。", "市民政局"},
		{"(记者 崔静 卫敏丽)中华少年儿童慈善救助基金会31日在北京举行仪式", "中华少年儿童慈善救助基金会"},
		// A media outlet credited with a report in brackets is the text's source;
		// a bureau credited, or a place credited after a body, is a body.
		{"(瑞昌市融媒体中心 熊昱康 报道)", ""},
		{"(县民政局 张三 报道)", "县民政局"},
		// A unit's word alone before the writer's name names the writer's unit;
		// alone, before a credit's label, or in running text it does not.
		{"会议结束。（办公室 李建新）", "办公室"},
		{"会议结束。（办公室）", ""},
		{"会议结束。（办公室 供稿）", ""},
		{"各单位要设立办公室 专人负责。", ""},
		{"不断激发广大适龄青年参军入伍报国的热情。(开远市双拥办 开远市小龙潭镇)", "开远市双拥办; 开远市小龙潭镇"},
		// Must not fire: a credit of places alone; a media centre that acts.
		{"不断激发广大适龄青年参军入伍报国的热情。(开远市 小龙潭镇)", ""},
		{"瑞昌市融媒体中心开展活动", "瑞昌市融媒体中心"},
		// A news dateline (…消息, …讯) or a page's source or information line names
		// the outlet, no body of the text.
		{"儋州新闻中心消息 4月5日,正值清明节,墓区祭祀现场井然有序。", ""},
		{"来源:伊犁融媒体中心\n伊犁州民政局组织活动。", "伊犁州民政局"},
		{"来源:某某日报\n市民政局召开会议。", "市民政局"},
		{"岳阳县融媒体中心2月1日讯(记者 万青昊)记者从县民政局了解到。", "县民政局"},
		{"城关县融媒体中心2024年3月5日讯(通讯员 王五)近日,全镇开展活动。", ""},
		{"石首市融媒体中心发布时间:2021-09-23", ""},
		// A source's value printed in brackets is the same source.
		{"来源:【伊犁融媒体中心】\n伊犁州民政局组织活动。", "伊犁州民政局"},
		{"来源：[某某日报]\n市民政局召开会议。", "市民政局"},
		// Must not fire: a body's own 消息, a body in a source field, a media centre
		// that reports.
		{"市民政局消息称,今年救助人数增加。", "市民政局"},
		{"据琼海市疫情防控工作指挥部消息,暂停祭扫。", "琼海市疫情防控工作指挥部"},
		{"来源:平江县民政局\n平江县开展活动。", "平江县民政局"},
		{"来源:【平江县民政局】\n平江县开展活动。", "平江县民政局"},
		{"民政局设有社会事务科。\n县融媒体中心记者报道,县民政局召开会议。", "县融媒体中心; 县民政局"},
		{"县融媒体中心记者报道,县民政局召开会议。", "县融媒体中心; 县民政局"},
	}, "agencies", agencyNames)
}

// TestAgencyWebsites covers websites: a body's own website names the body;
// a website named as the source, or a site's name in 网 that its address
// follows, does not. Each with cases where the rule must not fire.
func TestAgencyWebsites(t *testing.T) {
	checkRows(t, []rowCase{
		// A body's own website names the body, also with its address.
		{"可以从乌海市民政局门户网站下载本报告。", "乌海市民政局"},
		{"通过区政府门户网站集中发布信息。", "区政府"},
		{"可在开阳县人民政府网站政府信息公开专栏下载。", "开阳县人民政府"},
		{"请登录南平市民政局网站查询。", "南平市民政局"},
		{"可以从乌海市民政局门户网站下载。", "乌海市民政局"},
		{"可以从乌海市民政局门户网站(www.wuhai.gov.cn)下载。", "乌海市民政局"},
		{"请联系凯里市人民政府(http://www.kaili.gov.cn)。", "凯里市人民政府"},
		// Must not fire: a website as the source, a site's name, a site reprinted
		// from.
		{"中央政府门户网站 www.gov.cn", ""},
		{"据民政部网站消息，办法发布。", ""},
		{"来源 | 民政部网站", ""},
		{"在中国南平政府网站上公开。", ""},
		{"声明:如需转载茶陵政府门户网文章,请声明文章来源。", ""},
		{"(选编自湖南省民政厅网)", ""},
		{"本文选自湖南省民政厅网站。", ""},
		// Must not fire: a text selected from a body's report names the body.
		{"本文选自湖南省民政厅工作报告。", "湖南省民政厅"},
		{"登录凯里市人民政府网(http://www.kaili.gov.cn)查询。", ""},
		{"详见凯里市人民政府网：www.kaili.gov.cn。", ""},
		// A government's portal called by the government and 网 alone names
		// the government (governmentPortal), as its 网站 does.
		{"请登录安康市人民政府网查询办理进度。", "安康市人民政府"},
		// Must not fire: the body's website or official site described.
		{"请登录安康市人民政府网站查询办理进度。", "安康市人民政府"},
		{"通过安康市民政局官网发布公告。", "安康市民政局"},
	}, "agencies", agencyNames)
}

// TestAgencyPageChrome covers the page's own furniture: a trail of links
// with slashes or arrows, a row of links, a copyright line name no body of
// the text. Each with cases where the rule must not fire.
func TestAgencyPageChrome(t *testing.T) {
	checkRows(t, []rowCase{
		// A trail of links printed with slashes or arrows, and a row of links, is
		// the layout's.
		{"首页/ 新闻中心 / 通知公告 / 正文", ""},
		{"· 中国政府网  · 河北省政府  · 秦皇岛市政府 |  无障碍", ""},
		{"· 中国政府网  · 河北省政府\n县民政局召开会议\n首页/ 市民政局 / 正文\n市民政局参加", "县民政局; 市民政局"},
		{"首页 > 市民政局 > 通知公告\n县民政局召开会议", "县民政局"},
		{"当前位置：首页 > 县民政局 > 正文", ""},
		// Must not fire: a slash between two names, a sentence after a dot, arrows
		// in a sentence.
		{"市新闻中心/市民政局", "市新闻中心; 市民政局"},
		{"· 市民政局召开会议，县民政局参加", "市民政局; 县民政局"},
		{"流程为市民政局受理 > 县民政局审核，结果另行通知。", "市民政局; 县民政局"},
		// A name glued to an identifier's underscore (app_) is a file's name or a
		// hacked page's keyword spam.
		{"外围足球app_东湖体育办公室外围足球app_东湖体育:开展活动的通知", ""},
		{"下载附件:app_东湖市民政局.doc", ""},
		// Must not fire: an underscore after Chinese text (a page title's site).
		{"关于开展工作的通知_东湖市民政局", "东湖市民政局"},
		{"东湖体育办公室开展活动。", "东湖体育办公室"},
		// A site's copyright line names the site's owner, no body of the text.
		{"责任编辑:高小茹\nCopyright@2008-2018 中国社会新闻调查中心 All Rights Reserved", ""},
		{"版权所有:某某市民政局", ""},
		{"© 2020 中国社会新闻调查中心", ""},
		// Must not fire: the same body named in the text.
		{"中国社会新闻调查中心发布报告。", "中国社会新闻调查中心"},
		{"市民政局发布版权保护通知。", "市民政局"},
	}, "agencies", agencyNames)
}
