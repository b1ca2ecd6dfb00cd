package agreement

import (
	"github.com/factlint/factlint/lint"
	"github.com/factlint/factlint/rules/model/entities"
)

// gendermemo.go remembers, for a person much written about, the gender
// GenderExcept gives. GenderExcept reads every piece of the person's
// evidence at each call, and a long article's main people have hundreds
// of pieces and are asked about at nearly every pronoun.
//
// GenderExcept(skip) depends only on how many pieces of each source and
// gender there are, less those at skip: so it is the same for any two
// spans that hold the same pieces, and the same as GenderExcept of no
// span for a span that holds none. The memo keeps the pieces at each span
// (a key) and the gender found for each key.

// memoMinEvidence is the evidence a person needs before a memo is made
// (with less, reading it all costs less than the map's look-up).
const memoMinEvidence = 16

type genderMemo struct {
	at     map[lint.Span]uint64 // the key of each span holding evidence
	byKey  map[uint64]entities.Gender
	direct bool // some evidence does not fit in a key: ask GenderExcept
}

// pieceBits is the width of one count in a key: 12 counts (4 sources of
// evidence by 3 genders) of up to 31 pieces at one span fit 60 bits.
const pieceBits = 5

// newGenderMemo reads e's evidence into the keys of its spans.
func newGenderMemo(e *entities.Entity) *genderMemo {
	gm := &genderMemo{at: make(map[lint.Span]uint64, len(e.Evidence)), byKey: map[uint64]entities.Gender{}}
	for k := range e.Evidence {
		ev := &e.Evidence[k]
		if ev.Source < entities.FromHonorific || ev.Source > entities.FromPronoun || ev.Gender < entities.Unknown || ev.Gender > entities.Female {
			return &genderMemo{direct: true}
		}
		shift := (uint(ev.Source)*3 + uint(ev.Gender)) * pieceBits
		key := gm.at[ev.Span]
		if key>>shift&(1<<pieceBits-1) == 1<<pieceBits-1 {
			return &genderMemo{direct: true}
		}
		gm.at[ev.Span] = key + 1<<shift
	}
	return gm
}

// entityGender is e.GenderExcept(skip).
func (r *resolver) entityGender(e *entities.Entity, skip lint.Span) entities.Gender {
	// The gender with nothing skipped, which index asks of every mention
	// of a person, is kept by entity (the model numbers its entities by
	// their place in Entities): with a few pieces of evidence,
	// GenderExcept read them all at each mention; with more, the memo's
	// look-ups cost two maps' hashing.
	if skip == (lint.Span{}) {
		if id := e.ID; id >= 1 && id <= len(r.plainG) && r.m.Entities[id-1] == e {
			if g := r.plainG[id-1]; g != 0 {
				return entities.Gender(g - 1)
			}
			g := r.genderExcept(e, skip)
			r.plainG[id-1] = uint8(g) + 1
			return g
		}
	}
	return r.genderExcept(e, skip)
}

// genderExcept is entityGender without plainG.
func (r *resolver) genderExcept(e *entities.Entity, skip lint.Span) entities.Gender {
	if len(e.Evidence) < memoMinEvidence {
		return e.GenderExcept(skip)
	}
	gm := r.gmemo[e]
	if gm == nil {
		if r.gmemo == nil {
			r.gmemo = map[*entities.Entity]*genderMemo{}
		}
		gm = newGenderMemo(e)
		r.gmemo[e] = gm
	}
	if gm.direct {
		return e.GenderExcept(skip)
	}
	var key uint64 // (the zero span holds no evidence GenderExcept skips)
	if skip != (lint.Span{}) {
		key = gm.at[skip]
	}
	g, ok := gm.byKey[key]
	if !ok {
		g = e.GenderExcept(skip)
		gm.byKey[key] = g
	}
	return g
}
