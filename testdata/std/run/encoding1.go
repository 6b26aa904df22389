package main

import (
	"bytes"
	"container/ring"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"hash/crc32"
	"hash/fnv"
	"unicode/utf16"
)

type Hdr struct {
	Magic uint32
	Ver   int16
	Flags [2]uint8
	F     float64
}

func main() {
	r := ring.New(5)
	for i := 0; i < r.Len(); i++ {
		r.Value = i
		r = r.Next()
	}
	r.Do(func(v any) { fmt.Print(v, " ") })
	fmt.Println(r.Len(), r.Move(2).Value, r.Unlink(2).Len(), r.Len())
	fmt.Println(utf16.Encode([]rune("a😀é")), string(utf16.Decode([]uint16{0x61, 0xd83d, 0xde00})), utf16.IsSurrogate(0xd800))
	h := fnv.New32a()
	h.Write([]byte("hello"))
	h64 := fnv.New64()
	h64.Write([]byte("hello"))
	fmt.Println(h.Sum32(), h64.Sum64(), h.Sum(nil))
	fmt.Println(crc32.ChecksumIEEE([]byte("hello world")), crc32.Checksum([]byte("x"), crc32.MakeTable(crc32.Castagnoli)))
	fmt.Println(hex.EncodeToString([]byte("Go!")), hex.Dump([]byte("hello, gophers! 0123456789")))
	d, err := hex.DecodeString("48656c6c6f")
	fmt.Println(string(d), err)
	_, err = hex.DecodeString("4z")
	fmt.Println(err)
	for _, e := range []*base64.Encoding{base64.StdEncoding, base64.URLEncoding, base64.RawStdEncoding, base64.RawURLEncoding} {
		s := e.EncodeToString([]byte("any carnal pleas\xff\xfe"))
		b, err := e.DecodeString(s)
		fmt.Println(s, string(b) == "any carnal pleas\xff\xfe", err)
	}
	_, err = base64.StdEncoding.DecodeString("a$bc")
	fmt.Println(err)
	buf := make([]byte, 8)
	binary.BigEndian.PutUint32(buf, 0xdeadbeef)
	binary.LittleEndian.PutUint16(buf[4:], 0x1234)
	fmt.Println(buf, binary.BigEndian.Uint32(buf), binary.LittleEndian.Uint64(buf), binary.BigEndian, binary.LittleEndian.AppendUint32(nil, 7))
	vb := binary.AppendUvarint(nil, 300)
	vv, n := binary.Uvarint(vb)
	sb := binary.AppendVarint(nil, -129)
	sv, sn := binary.Varint(sb)
	fmt.Println(vb, vv, n, sb, sv, sn)
	var w bytes.Buffer
	hd := Hdr{0xCAFEBABE, -2, [2]uint8{1, 2}, 1.5}
	fmt.Println(binary.Write(&w, binary.LittleEndian, hd), w.Len(), binary.Size(hd), w.Bytes())
	var back Hdr
	fmt.Println(binary.Read(bytes.NewReader(w.Bytes()), binary.LittleEndian, &back), back)
	xs := []uint16{1, 2, 3}
	w.Reset()
	binary.Write(&w, binary.BigEndian, xs)
	fmt.Println(w.Bytes())
}
