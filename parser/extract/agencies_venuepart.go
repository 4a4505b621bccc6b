package extract

import "bulletin/parser/agency"

// venuePart reports whether the part of a name run together that ends at
// e (splitJoined) is a building where offices sit (某市某某大道68号行政
// 中心|市民政局社会事务处: the seat of a government printed in an address
// before the body that sits there), as venueWord reads it where a name
// ends: the body is the part after it, the building none.
func venuePart(s string, e int, part string) bool {
	suffix, _ := agency.Ending(part)
	return suffix != "" && venueWord(s, e, suffix)
}
