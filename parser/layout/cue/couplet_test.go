package cue

import "testing"

func TestCouplet(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"多方联动聚合力，共筑民生保障网", true},
		{"政策宣讲“零距离”,互动解读入人心", true},
		{"便民服务送温暖,“一站式”关怀显真情", true},
		{"提升站位，加强领导", true},
		{"携手同心聚合力，并肩前行暖民心", true},
		{"某县民政局开展走访慰问专项行动印发《方案》，以", false},
		{"案》，以", false},
		{"凡在此墓地安葬的遗体、骨灰，预售的墓地及碑", false},
		{"联系人：张某，电话", false},
		{"活动取得成效，群众满意。", false},
		{"一二三，四五六，七八九", false},
		{"《关于做好，救助工作》", false},
		{"某市民政局局长通报项目推进情况，并就下阶段工作进行部署", false},
		{"全面排查安全隐患，同时做好应急准备", false},
		{"某县长调研城区养老服务工作 3 月 5 日上午，县长来到养老服", false},
		{"携手同心聚合力，并肩前行暖民心１", false},
	}
	for _, tt := range tests {
		if got := Couplet(tt.s); got != tt.want {
			t.Errorf("Couplet(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}
