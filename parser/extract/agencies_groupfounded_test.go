package extract

import "testing"

// TestAgencyGroupFounded: a 领导小组 or a 工作专班 named by its task right
// after the verb that set it up is the one group the report's body set
// up. A modal before the verb (every body is to set one up), a group
// named by the word for work alone, or no founding verb before it name
// none. Two tasks a conjunction joins before the one ending name one group;
// two groups it joins are two.
func TestAgencyGroupFounded(t *testing.T) {
	checkRows(t, []rowCase{
		{"一是加强领导。成立了建议提案办理工作领导小组,明确办理工作的责任。", "建议提案办理工作领导小组"},
		{"加强组织领导。成立安全生产大检查工作领导小组,分成3个督查组。", "安全生产大检查工作领导小组"},
		{"三是精心组织党史学习教育,成立局党史学习教育领导小组,制定方案。", "局党史学习教育领导小组"},
		{"二是周密部署。组建农村低保专项治理工作专班,逐户排查。", "农村低保专项治理工作专班"},
		{"使政府信息公开成为一种自觉的意识和行为。成立了政府信息公开领导小组,并对照重点。", "政府信息公开领导小组"},
		{"加强组织领导。成立第二次全国地名普查领导小组,负责普查工作。", "第二次全国地名普查领导小组"},
		{"一是加强领导。成立安全生产和消防安全隐患治理工作领导小组,明确分工。", "安全生产和消防安全隐患治理工作领导小组"},
		{"二是健全机制。成立了殡葬管理与服务工作领导小组,统筹推进。", "殡葬管理与服务工作领导小组"},
		// Must not fire.
		{"市县两级要成立核对工作领导小组,具体负责核对工作。", ""},
		{"一是组织领导,成立工作领导小组,协同开展工作。", ""},
		{"二是成立工作专班,明确职责分工。", ""},
		{"并先后成立了领导小组,组织了宣讲。", ""},
		{"各县、区成立相应的领导小组,负责组织本地活动。", ""},
		{"进一步梳理政务公开领导小组工作职责,细化分工。", ""},
		{"各乡镇应成立殡葬改革工作领导小组,负责本辖区工作。", ""},
		{"县政府成立推进殡葬改革工作领导小组。", "县政府"},
		{"省民政厅要求各地成立城市低保表彰工作领导小组。", "省民政厅"},
		{"二是成立了低保核查工作领导小组和殡葬改革工作领导小组,分工负责。", "低保核查工作领导小组; 殡葬改革工作领导小组"},
		{"各地要成立安全生产和消防安全工作领导小组,负责检查。", ""},
		{"县民政局和财政局成立安全生产工作领导小组。", "县民政局; 财政局"},
	}, "agencies", agencyNames)
}
