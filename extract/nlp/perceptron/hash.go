package perceptron

// Feature hashes are FNV-1a over a template number and string values; a
// separator byte keeps ("ab","c") and ("a","bc") apart. Zero is reserved as
// the empty slot of the runtime table, so hashes are forced odd.

const (
	offset64 = 14695981039346656037
	prime64  = 1099511628211
)

func mix(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= prime64
	}
	h ^= 0xff
	h *= prime64
	return h
}

func start(t uint64) uint64 {
	h := uint64(offset64)
	h ^= t
	h *= prime64
	return h
}

// H0 is a feature with no value (a bias).
func H0(t uint64) uint64 { return start(t) | 1 }

// H1 hashes template t with one value.
func H1(t uint64, a string) uint64 { return mix(start(t), a) | 1 }

// H2 hashes template t with two values.
func H2(t uint64, a, b string) uint64 { return mix(mix(start(t), a), b) | 1 }

// H3 hashes template t with three values.
func H3(t uint64, a, b, c string) uint64 { return mix(mix(mix(start(t), a), b), c) | 1 }

// H4 hashes template t with four values.
func H4(t uint64, a, b, c, d string) uint64 {
	return mix(mix(mix(mix(start(t), a), b), c), d) | 1
}
