package perceptron

// Rows calls fn for every feature of the model with its key and its row of
// weights, each entry packed as class<<16 | uint16(quantised weight), so a
// caller can lay the weights out in a table of its own (the parser keeps
// short rows inline). The row must not be modified or kept.
func (m *Model) Rows(fn func(key uint64, row []uint32)) {
	for _, k := range m.keys {
		i := (k * 0x9E3779B97F4A7C15 >> 20) & m.mask
		fp := fingerprint(k) & 0xffffffff
		for m.slots[i]>>32 != fp {
			i = (i + 1) & m.mask
		}
		s := m.slots[i]
		lo := s & 0xffffff
		fn(k, m.ent[lo:lo+s>>24&0xff])
	}
}
