./escape_struct_param2.go:25:7: leaking param: u to result ~r0 level=0
./escape_struct_param2.go:29:7: leaking param: u to result ~r0 level=0
./escape_struct_param2.go:33:7: leaking param: u to result ~r0 level=1
./escape_struct_param2.go:38:2: moved to heap: s
./escape_struct_param2.go:41:8: &U{...} does not escape
./escape_struct_param2.go:46:2: moved to heap: s
./escape_struct_param2.go:49:8: &U{...} does not escape
./escape_struct_param2.go:55:2: moved to heap: s
./escape_struct_param2.go:56:2: moved to heap: ps
./escape_struct_param2.go:58:8: &U{...} does not escape
./escape_struct_param2.go:62:7: leaking param: v to result ~r0 level=0
./escape_struct_param2.go:66:7: leaking param: v to result ~r0 level=0
./escape_struct_param2.go:70:7: leaking param: v to result ~r0 level=0
./escape_struct_param2.go:74:7: leaking param: v to result ~r0 level=1
./escape_struct_param2.go:78:7: leaking param: v to result ~r0 level=1
./escape_struct_param2.go:82:7: leaking param: v to result ~r0 level=0
./escape_struct_param2.go:86:7: leaking param: v to result ~r0 level=0
./escape_struct_param2.go:90:7: leaking param: v to result ~r0 level=1
./escape_struct_param2.go:94:7: leaking param: v to result ~r0 level=1
./escape_struct_param2.go:98:7: leaking param: v to result ~r0 level=1
./escape_struct_param2.go:102:7: leaking param: v to result ~r0 level=1
./escape_struct_param2.go:106:7: leaking param: v to result ~r0 level=1
./escape_struct_param2.go:110:7: leaking param: v to result ~r0 level=1
./escape_struct_param2.go:117:2: moved to heap: s2
./escape_struct_param2.go:118:2: moved to heap: s3
./escape_struct_param2.go:119:2: moved to heap: s4
./escape_struct_param2.go:120:2: moved to heap: s5
./escape_struct_param2.go:121:2: moved to heap: s6
./escape_struct_param2.go:123:2: moved to heap: ps4
./escape_struct_param2.go:124:2: moved to heap: ps6
./escape_struct_param2.go:126:8: &U{...} does not escape
./escape_struct_param2.go:127:8: &U{...} escapes to heap
./escape_struct_param2.go:128:7: &V{...} does not escape
./escape_struct_param2.go:135:2: moved to heap: s2
./escape_struct_param2.go:136:2: moved to heap: s3
./escape_struct_param2.go:137:2: moved to heap: s4
./escape_struct_param2.go:138:2: moved to heap: s5
./escape_struct_param2.go:139:2: moved to heap: s6
./escape_struct_param2.go:141:2: moved to heap: ps4
./escape_struct_param2.go:142:2: moved to heap: ps6
./escape_struct_param2.go:144:8: &U{...} does not escape
./escape_struct_param2.go:145:8: &U{...} escapes to heap
./escape_struct_param2.go:146:7: &V{...} does not escape
./escape_struct_param2.go:153:2: moved to heap: s2
./escape_struct_param2.go:154:2: moved to heap: s3
./escape_struct_param2.go:155:2: moved to heap: s4
./escape_struct_param2.go:156:2: moved to heap: s5
./escape_struct_param2.go:157:2: moved to heap: s6
./escape_struct_param2.go:159:2: moved to heap: ps4
./escape_struct_param2.go:160:2: moved to heap: ps6
./escape_struct_param2.go:162:8: &U{...} does not escape
./escape_struct_param2.go:163:8: &U{...} escapes to heap
./escape_struct_param2.go:164:7: &V{...} does not escape
./escape_struct_param2.go:171:2: moved to heap: s2
./escape_struct_param2.go:172:2: moved to heap: s3
./escape_struct_param2.go:173:2: moved to heap: s4
./escape_struct_param2.go:174:2: moved to heap: s5
./escape_struct_param2.go:175:2: moved to heap: s6
./escape_struct_param2.go:177:2: moved to heap: ps4
./escape_struct_param2.go:178:2: moved to heap: ps6
./escape_struct_param2.go:180:8: &U{...} does not escape
./escape_struct_param2.go:181:8: &U{...} escapes to heap
./escape_struct_param2.go:182:7: &V{...} does not escape
./escape_struct_param2.go:186:7: leaking param: v to result ~r0 level=2
./escape_struct_param2.go:190:7: leaking param: v to result ~r0 level=2
./escape_struct_param2.go:194:7: leaking param: v to result ~r0 level=2
./escape_struct_param2.go:198:7: leaking param: v to result ~r0 level=2
./escape_struct_param2.go:207:2: moved to heap: s4
./escape_struct_param2.go:208:2: moved to heap: s5
./escape_struct_param2.go:209:2: moved to heap: s6
./escape_struct_param2.go:212:2: moved to heap: ps6
./escape_struct_param2.go:214:8: &U{...} does not escape
./escape_struct_param2.go:215:8: &U{...} does not escape
./escape_struct_param2.go:216:7: &V{...} does not escape
./escape_struct_param2.go:225:2: moved to heap: s4
./escape_struct_param2.go:226:2: moved to heap: s5
./escape_struct_param2.go:227:2: moved to heap: s6
./escape_struct_param2.go:230:2: moved to heap: ps6
./escape_struct_param2.go:232:8: &U{...} does not escape
./escape_struct_param2.go:233:8: &U{...} does not escape
./escape_struct_param2.go:234:7: &V{...} does not escape
./escape_struct_param2.go:243:2: moved to heap: s4
./escape_struct_param2.go:244:2: moved to heap: s5
./escape_struct_param2.go:245:2: moved to heap: s6
./escape_struct_param2.go:248:2: moved to heap: ps6
./escape_struct_param2.go:250:8: &U{...} does not escape
./escape_struct_param2.go:251:8: &U{...} does not escape
./escape_struct_param2.go:252:7: &V{...} does not escape
./escape_struct_param2.go:261:2: moved to heap: s4
./escape_struct_param2.go:262:2: moved to heap: s5
./escape_struct_param2.go:263:2: moved to heap: s6
./escape_struct_param2.go:266:2: moved to heap: ps6
./escape_struct_param2.go:268:8: &U{...} does not escape
./escape_struct_param2.go:269:8: &U{...} does not escape
./escape_struct_param2.go:270:7: &V{...} does not escape
./escape_struct_param2.go:274:7: leaking param: v to result ~r0 level=3
./escape_struct_param2.go:289:2: moved to heap: s6
./escape_struct_param2.go:294:8: &U{...} does not escape
./escape_struct_param2.go:295:8: &U{...} does not escape
./escape_struct_param2.go:296:7: &V{...} does not escape
