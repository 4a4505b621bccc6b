package extract

// anniversaryMeasure labels, in units.tsv, the years a body or an event
// has stood (成立100周年, 建国70周年): what has passed, never a level a plan
// sets, though a plan's sentence may name it (2021年是…建党100周年，做好
// 全年工作…要…).
const anniversaryMeasure = "anniversary"
