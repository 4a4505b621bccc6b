package extract

// bracketAliasOf finds no body in a name printed in brackets after
// another (民政局（社会事业局）): another name for the same body.
type bracketAliasOf struct{}

func (bracketAliasOf) open(r *startReading) bool {
	return !r.protect.bracketAlias(r.s, r.i)
}
