package vntext

// HasPrefixASCIIFold reports whether s starts with prefix, a lower-case
// ASCII string, when the ASCII capitals of s are read in lower case. The
// markup sniffers and the readers of "TM." and "KT." prefixes ask it of
// bytes and of strings in place, without making a lower-case copy.
func HasPrefixASCIIFold[T ~string | ~[]byte](s T, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for k := 0; k < len(prefix); k++ {
		c := s[k]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[k] {
			return false
		}
	}
	return true
}
