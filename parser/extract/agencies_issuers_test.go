package extract

import "testing"

// TestAgencyIssuers covers the issuers a document or a cited title names:
// joint issuers run together, a cited list closed by 等, a title of rules
// that opens with its issuer, a masthead over a document number; a title
// that opens with its year or a class term names none. Each with cases
// where the rule must not fire.
func TestAgencyIssuers(t *testing.T) {
	checkRows(t, []rowCase{
		// The organ named by an ending right after a body (人大|常委会) in a cited
		// title's head is the issuer, the longest form that is a name.
		{"根据《定西市安定区人大常委会2020年工作评议实施方案》的要求", "定西市安定区人大常委会"},
		{"根据《湖南省民政厅厅机关差旅费管理办法》执行", "湖南省民政厅"}, // a one-character ending heads a word there
		// A charter is titled by its body's whole name and 章程; a charter
		// of a kind of body, with no place, names no one body.
		{"根据《长沙市慈善总会章程》的规定", "长沙市慈善总会"},
		{"根据《老年协会章程》的规定", ""},
		// Must not fire: a charter of a kind of body names no one body.
		{"根据《社会团体章程示范文本》的规定", ""},
		// Joint issuers run together in a cited title or a sentence part where a
		// whole name ends and the next opens with a place, 中共, or a body of the
		// central state (国家消防救援局民政部, 党中央国务院).
		{"根据《中共西藏自治区委员会办公厅西藏自治区人民政府办公厅印发<自治区关于改革完善社会救助制度的若干措施>的通知》精神,制定本办法。", "中共西藏自治区委员会办公厅; 西藏自治区人民政府办公厅"},
		{"传达学习了《国家消防救援局民政部关于切实加强养老机构消防安全工作的通知》精神。", "国家消防救援局; 民政部"},
		{"认真落实《国家卫生健康委民政部关于深入推进医养结合发展的若干意见》。", "国家卫生健康委; 民政部"},
		{"党中央国务院高度重视养老服务工作。", "党中央; 国务院"},
		{"根据《中共中央国务院关于加强和完善城乡社区治理的意见》执行。", "中共中央; 国务院"},
		{"根据《中共中央办公厅国务院办公厅关于深入推进农村社区建设试点工作的指导意见》执行。", "中共中央办公厅; 国务院办公厅"},
		{"为贯彻落实中共中央、国务院关于加强基层治理体系和治理能力现代化建设的意见精神。", "中共中央; 国务院"},
		// Must not fire: one issuer.
		{"根据《西藏自治区人民政府办公厅印发<若干措施>的通知》精神,制定本办法。", "西藏自治区人民政府办公厅"},
		// A body of the central state with more after it is a body under the first
		// (中共中央组织部, 民政部国家减灾中心).
		{"根据《中共中央组织部关于加强党建工作的通知》执行。", "中共中央组织部"},
		{"国务院国有资产监督管理委员会召开会议。", "国务院国有资产监督管理委员会"},
		{"民政部国家减灾中心派员参加。", "民政部国家减灾中心"},
		// A cited list of issuers ends at the 等 that closes it.
		{"根据《民政部等22部委局印发关于铲除非法社会组织滋生土壤的通知》执行。", "民政部"},
		{"根据《民政部、教育部等部门关于加强社区工作的意见》执行。", "民政部; 教育部"},
		// A cited title of rules opens with its issuer.
		{"根据《民政部彩票公益金使用管理信息公开办法(试行)》执行。", "民政部"},
		{"依照《福建省民政厅彩票公益金使用管理暂行办法》执行。", "福建省民政厅"},
		{"印发《南阳市民政局2022年工作要点》。", "南阳市民政局"},
		// A cited regulation (条例) opens with the organ that made it.
		{"违反《国务院某某事务管理条例》的规定。", "国务院"},
		{"依照《民政部某某管理条例实施细则》执行。", "民政部"},
		// Must not fire: a regulation titled by its place or by no issuer.
		{"依据《某某省殡葬管理条例》执行。", ""},
		{"依据《社会团体登记管理条例》执行。", ""},
		// Must not fire: a title that opens with its year, a title of rules with
		// no issuer or with a class term.
		{"上报《2022年度居家社区养老服务照料中心、农村幸福院等级评定申报表》。", ""},
		{"根据《民政部门工作规定》和《养老机构管理办法》执行。", ""},
		{"依据《湖北省地名管理办法》和《北京市社区养老服务驿站管理办法》。", ""},
		// Must not fire: a common word that ends in an ending (布局) before
		// the kind of text.
		{"编制《南宁市养老服务设施布局专项规划(2022—2035年)》。", ""},
		// A masthead (…文件 over the document's number) names its issuer.
		{"铁岭市民政局文件\n铁市民发〔2021〕7号", "铁岭市民政局"},
		{"民政部文件\n民发〔2021〕7号", "民政部"},
		// Must not fire: words run onto a masthead with no place name no body.
		{"beat365手机安卓版_365网站余额截图民政局文件\n铁市民发〔2021〕7号", ""},
		// An ending cut from a word (管理办|法) closes no forwarded issuer.
		{"按照《东城区民政局关于印发东城区社会组织管理办法的通知》要求", "东城区民政局"},
		// Two ministries named by their field and 部 alone, run together in a
		// joint title, are two issuers; a unit of the first keeps its own
		// ending.
		{"根据《教育部财政部关于做好某项工作的通知》执行。", "教育部; 财政部"},
		{"根据《民政部财政部关于加强某项救助的意见》执行。", "民政部; 财政部"},
		// Must not fire: the ministry's own unit, a party department.
		{"根据《民政部办公厅关于某项工作的通知》执行。", "民政部办公厅"},
		{"根据《中共中央宣传部关于某项工作的通知》执行。", "中共中央宣传部"},
		// Must not fire: a title that forwards no body's document.
		{"按照《东城区民政局关于印发东城区民政局社会事务科工作规则的通知》要求", "东城区民政局"},
	}, "agencies", agencyNames)
}
