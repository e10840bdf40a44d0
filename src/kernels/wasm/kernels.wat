(module
 (type $0 (func (param f64) (result f64)))
 (type $1 (func (param i32 i32) (result f64)))
 (type $2 (func (param i32 i32 i32 i32 i32 i32)))
 (type $3 (func (param i32 i32 i32) (result f64)))
 (type $4 (func (param i32 i32 i32 i32)))
 (type $5 (func (param i32 i32 i32 f64)))
 (type $6 (func (param i32 i32 i32 f64) (result f64)))
 (type $7 (func (param i32 i32 i32 i32 i32)))
 (type $8 (func (param i32 f64 f64) (result f64)))
 (type $9 (func (param i32 i32 f64) (result f64)))
 (type $10 (func (param i32 i32 f32) (result f64)))
 (type $11 (func (param i64) (result i32)))
 (type $12 (func (param i32 f64) (result f64)))
 (type $13 (func (param i32 i32 i32 f64 f64)))
 (type $14 (func (param i32 i32 i32 f32 f64)))
 (type $15 (func (param f64 f64) (result f64)))
 (type $16 (func (result i32)))
 (global $~lib/math/rempio2_y0 (mut f64) (f64.const 0))
 (global $~lib/math/rempio2_y1 (mut f64) (f64.const 0))
 (global $~lib/math/res128_hi (mut i64) (i64.const 0))
 (global $~lib/util/math/log_tail (mut f64) (f64.const 0))
 (memory $0 1)
 (data $0 (i32.const 1038) "\f0?n\bf\88\1aO;\9b<53\fb\a9=\f6\ef?]\dc\d8\9c\13`q\bca\80w>\9a\ec\ef?\d1f\87\10z^\90\bc\85\7fn\e8\15\e3\ef?\13\f6g5R\d2\8c<t\85\15\d3\b0\d9\ef?\fa\8e\f9#\80\ce\8b\bc\de\f6\dd)k\d0\ef?a\c8\e6aN\f7`<\c8\9bu\18E\c7\ef?\99\d33[\e4\a3\90<\83\f3\c6\ca>\be\ef?m{\83]\a6\9a\97<\0f\89\f9lX\b5\ef?\fc\ef\fd\92\1a\b5\8e<\f7Gr+\92\ac\ef?\d1\9c/p=\be><\a2\d1\d32\ec\a3\ef?\0bn\90\894\03j\bc\1b\d3\fe\aff\9b\ef?\0e\bd/*RV\95\bcQ[\12\d0\01\93\ef?U\eaN\8c\ef\80P\bc\cc1l\c0\bd\8a\ef?\16\f4\d5\b9#\c9\91\bc\e0-\a9\ae\9a\82\ef?\afU\\\e9\e3\d3\80<Q\8e\a5\c8\98z\ef?H\93\a5\ea\15\1b\80\bc{Q}<\b8r\ef?=2\deU\f0\1f\8f\bc\ea\8d\8c8\f9j\ef?\bfS\13?\8c\89\8b<u\cbo\eb[c\ef?&\eb\11v\9c\d9\96\bc\d4\\\04\84\e0[\ef?`/:>\f7\ec\9a<\aa\b9h1\87T\ef?\9d8\86\cb\82\e7\8f\bc\1d\d9\fc\"PM\ef?\8d\c3\a6DAo\8a<\d6\8cb\88;F\ef?}\04\e4\b0\05z\80<\96\dc}\91I?\ef?\94\a8\a8\e3\fd\8e\96<8bunz8\ef?}Ht\f2\18^\87<?\a6\b2O\ce1\ef?\f2\e7\1f\98+G\80<\dd|\e2eE+\ef?^\08q?{\b8\96\bc\81c\f5\e1\df$\ef?1\ab\tm\e1\f7\82<\e1\de\1f\f5\9d\1e\ef?\fa\bfo\1a\9b!=\bc\90\d9\da\d0\7f\18\ef?\b4\n\0cr\827\8b<\0b\03\e4\a6\85\12\ef?\8f\cb\ce\89\92\14n<V/>\a9\af\0c\ef?\b6\ab\b0MuM\83<\15\b71\n\fe\06\ef?Lt\ac\e2\01B\86<1\d8L\fcp\01\ef?J\f8\d3]9\dd\8f<\ff\16d\b2\08\fc\ee?\04[\8e;\80\a3\86\bc\f1\9f\92_\c5\f6\ee?hPK\cc\edJ\92\bc\cb\a9:7\a7\f1\ee?\8e-Q\1b\f8\07\99\bcf\d8\05m\ae\ec\ee?\d26\94>\e8\d1q\bc\f7\9f\e54\db\e7\ee?\15\1b\ce\b3\19\19\99\bc\e5\a8\13\c3-\e3\ee?mL*\a7H\9f\85<\"4\12L\a6\de\ee?\8ai(z`\12\93\bc\1c\80\ac\04E\da\ee?[\89\17H\8f\a7X\bc*.\f7!\n\d6\ee?\1b\9aIg\9b,|\bc\97\a8P\d9\f5\d1\ee?\11\ac\c2`\edcC<-\89a`\08\ce\ee?\efd\06;\tf\96<W\00\1d\edA\ca\ee?y\03\a1\da\e1\ccn<\d0<\c1\b5\a2\c6\ee?0\12\0f?\8e\ff\93<\de\d3\d7\f0*\c3\ee?\b0\afz\bb\ce\90v<\'*6\d5\da\bf\ee?w\e0T\eb\bd\1d\93<\r\dd\fd\99\b2\bc\ee?\8e\a3q\004\94\8f\bc\a7,\9dv\b2\b9\ee?I\a3\93\dc\cc\de\87\bcBf\cf\a2\da\b6\ee?_8\0f\bd\c6\dex\bc\82O\9dV+\b4\ee?\f6\\{\ecF\12\86\bc\0f\92]\ca\a4\b1\ee?\8e\d7\fd\18\055\93<\da\'\b56G\af\ee?\05\9b\8a/\b7\98{<\fd\c7\97\d4\12\ad\ee?\tT\1c\e2\e1c\90<)TH\dd\07\ab\ee?\ea\c6\19P\85\c74<\b7FY\8a&\a9\ee?5\c0d+\e62\94<H!\ad\15o\a7\ee?\9fv\99aJ\e4\8c\bc\t\dcv\b9\e1\a5\ee?\a8M\ef;\c53\8c\bc\85U:\b0~\a4\ee?\ae\e9+\89xS\84\bc \c3\cc4F\a3\ee?XXVx\dd\ce\93\bc%\"U\828\a2\ee?d\19~\80\aa\10W<s\a9L\d4U\a1\ee?(\"^\bf\ef\b3\93\bc\cd;\7ff\9e\a0\ee?\82\b94\87\ad\12j\bc\bf\da\0bu\12\a0\ee?\ee\a9m\b8\efgc\bc/\1ae<\b2\9f\ee?Q\88\e0T=\dc\80\bc\84\94Q\f9}\9f\ee?\cf>Z~d\1fx\bct_\ec\e8u\9f\ee?\b0}\8b\c0J\ee\86\bct\81\a5H\9a\9f\ee?\8a\e6U\1e2\19\86\bc\c9gBV\eb\9f\ee?\d3\d4\t^\cb\9c\90<?]\deOi\a0\ee?\1d\a5M\b9\dc2{\bc\87\01\ebs\14\a1\ee?k\c0gT\fd\ec\94<2\c10\01\ed\a1\ee?Ul\d6\ab\e1\ebe<bN\cf6\f3\a2\ee?B\cf\b3/\c5\a1\88\bc\12\1a>T\'\a4\ee?47;\f1\b6i\93\bc\13\ceL\99\89\a5\ee?\1e\ff\19:\84^\80\bc\ad\c7#F\1a\a7\ee?nWr\d8P\d4\94\bc\ed\92D\9b\d9\a8\ee?\00\8a\0e[g\ad\90<\99f\8a\d9\c7\aa\ee?\b4\ea\f0\c1/\b7\8d<\db\a0*B\e5\ac\ee?\ff\e7\c5\9c`\b6e\bc\8cD\b5\162\af\ee?D_\f3Y\83\f6{<6w\15\99\ae\b1\ee?\83=\1e\a7\1f\t\93\bc\c6\ff\91\0b[\b4\ee?)\1el\8b\b8\a9]\bc\e5\c5\cd\b07\b7\ee?Y\b9\90|\f9#l\bc\0fR\c8\cbD\ba\ee?\aa\f9\f4\"CC\92\bcPN\de\9f\82\bd\ee?K\8ef\d7l\ca\85\bc\ba\07\cap\f1\c0\ee?\'\ce\91+\fc\afq<\90\f0\a3\82\91\c4\ee?\bbs\n\e15\d2m<##\e3\19c\c8\ee?c\"b\"\04\c5\87\bce\e5]{f\cc\ee?\d51\e2\e3\86\1c\8b<3-J\ec\9b\d0\ee?\15\bb\bc\d3\d1\bb\91\bc]%>\b2\03\d5\ee?\d21\ee\9c1\cc\90<X\b30\13\9e\d9\ee?\b3Zsn\84i\84<\bf\fdyUk\de\ee?\b4\9d\8e\97\cd\df\82\bcz\f3\d3\bfk\e3\ee?\873\cb\92w\1a\8c<\ad\d3Z\99\9f\e8\ee?\fa\d9\d1J\8f{\90\bcf\b6\8d)\07\ee\ee?\ba\ae\dcV\d9\c3U\bc\fb\15O\b8\a2\f3\ee?@\f6\a6=\0e\a4\90\bc:Y\e5\8dr\f9\ee?4\93\ad8\f4\d6h\bcG^\fb\f2v\ff\ee?5\8aXk\e2\ee\91\bcJ\06\a10\b0\05\ef?\cd\dd_\n\d7\fft<\d2\c1K\90\1e\0c\ef?\ac\98\92\fa\fb\bd\91\bc\t\1e\d7[\c2\12\ef?\b3\0c\af0\aens<\9cR\85\dd\9b\19\ef?\94\fd\9f\\2\e3\8e<z\d0\ff_\ab \ef?\acY\t\d1\8f\e0\84<K\d1W.\f1\'\ef?g\1aN8\af\cdc<\b5\e7\06\94m/\ef?h\19\92l,kg<i\90\ef\dc 7\ef?\d2\b5\cc\83\18\8a\80\bc\fa\c3]U\0b?\ef?o\fa\ff?]\ad\8f\bc|\89\07J-G\ef?I\a9u8\ae\r\90\bc\f2\89\r\08\87O\ef?\a7\07=\a6\85\a3t<\87\a4\fb\dc\18X\ef?\0f\"@ \9e\91\82\bc\98\83\c9\16\e3`\ef?\ac\92\c1\d5PZ\8e<\852\db\03\e6i\ef?Kk\01\acY:\84<`\b4\01\f3!s\ef?\1f>\b4\07!\d5\82\bc_\9b{3\97|\ef?\c9\rG;\b9*\89\bc)\a1\f5\14F\86\ef?\d3\88:`\04\b6t<\f6?\8b\e7.\90\ef?qr\9dQ\ec\c5\83<\83L\c7\fbQ\9a\ef?\f0\91\d3\8f\12\f7\8f\bc\da\90\a4\a2\af\a4\ef?}t#\e2\98\ae\8d\bc\f1g\8e-H\af\ef?\08 \aaA\bc\c3\8e<\'Za\ee\1b\ba\ef?2\eb\a9\c3\94+\84<\97\bak7+\c5\ef?\ee\85\d11\a9d\8a<@En[v\d0\ef?\ed\e3;\e4\ba7\8e\bc\14\be\9c\ad\fd\db\ef?\9d\cd\91M;\89w<\d8\90\9e\81\c1\e7\ef?\89\cc`A\c1\05S<\f1q\8f+\c2\f3\ef?")
 (data $1 (i32.const 3072) "\9f\de\e0\c3\f04\f7?\00\90\e6y\7f\cc\d7\bf\1f\e9,jx\13\f7?\00\00\r\c2\eeo\d7\bf\a0\b5\fa\08`\f2\f6?\00\e0Q\13\e3\13\d7\bf}\8c\13\1f\a6\d1\f6?\00x(8[\b8\d6\bf\d1\b4\c5\0bI\b1\f6?\00x\80\90U]\d6\bf\ba\0c/3G\91\f6?\00\00\18v\d0\02\d6\bf#B\"\18\9fq\f6?\00\90\90\86\ca\a8\d5\bf\d9\1e\a5\99OR\f6?\00P\03VCO\d5\bf\c4$\8f\aaV3\f6?\00@k\c37\f6\d4\bf\14\dc\9dk\b3\14\f6?\00P\a8\fd\a7\9d\d4\bfL\\\c6Rd\f6\f5?\00\a8\899\92E\d4\bfO,\91\b5g\d8\f5?\00\b8\b09\f4\ed\d3\bf\de\90[\cb\bc\ba\f5?\00p\8fD\ce\96\d3\bfx\1a\d9\f2a\9d\f5?\00\a0\bd\17\1e@\d3\bf\87VF\12V\80\f5?\00\80F\ef\e2\e9\d2\bf\d3k\e7\ce\97c\f5?\00\e008\1b\94\d2\bf\93\7f\a7\e2%G\f5?\00\88\da\8c\c5>\d2\bf\83E\06B\ff*\f5?\00\90\')\e1\e9\d1\bf\df\bd\b2\db\"\0f\f5?\00\f8H+m\95\d1\bf\d7\de4G\8f\f3\f4?\00\f8\b9\9agA\d1\bf@(\de\cfC\d8\f4?\00\98\ef\94\d0\ed\d0\bf\c8\a3x\c0>\bd\f4?\00\10\db\18\a5\9a\d0\bf\8a%\e0\c3\7f\a2\f4?\00\b8cR\e6G\d0\bf4\84\d4$\05\88\f4?\00\f0\86E\"\eb\cf\bf\0b-\19\1b\cem\f4?\00\b0\17uJG\cf\bfT\189\d3\d9S\f4?\000\10=D\a4\ce\bfZ\84\b4D\':\f4?\00\b0\e9D\r\02\ce\bf\fb\f8\15A\b5 \f4?\00\f0w)\a2`\cd\bf\b1\f4>\da\82\07\f4?\00\90\95\04\01\c0\cc\bf\8f\feW]\8f\ee\f3?\00\10\89V) \cc\bf\e9L\0b\a0\d9\d5\f3?\00\10\81\8d\17\81\cb\bf+\c1\10\c0`\bd\f3?\00\d0\d3\cc\c9\e2\ca\bf\b8\dau+$\a5\f3?\00\90\12.@E\ca\bf\02\d0\9f\cd\"\8d\f3?\00\f0\1dhw\a8\c9\bf\1cz\84\c5[u\f3?\000Him\0c\c9\bf\e26\adI\ce]\f3?\00\c0E\a6 q\c8\bf@\d4M\98yF\f3?\000\14\b4\8f\d6\c7\bf$\cb\ff\ce\\/\f3?\00pb<\b8<\c7\bfI\r\a1uw\18\f3?\00`7\9b\9a\a3\c6\bf\909>7\c8\01\f3?\00\a0\b7T1\0b\c6\bfA\f8\95\bbN\eb\f2?\000$v}s\c5\bf\d1\a9\19\02\n\d5\f2?\000\c2\8f{\dc\c4\bf*\fd\b7\a8\f9\be\f2?\00\00\d2Q,F\c4\bf\ab\1b\0cz\1c\a9\f2?\00\00\83\bc\8a\b0\c3\bf0\b5\14`r\93\f2?\00\00Ik\99\1b\c3\bf\f5\a1WW\fa}\f2?\00@\a4\90T\87\c2\bf\bf;\1d\9b\b3h\f2?\00\a0y\f8\b9\f3\c1\bf\bd\f5\8f\83\9dS\f2?\00\a0,%\c8`\c1\bf;\08\c9\aa\b7>\f2?\00 \f7W\7f\ce\c0\bf\b6@\a9+\01*\f2?\00\a0\feI\dc<\c0\bf2A\cc\96y\15\f2?\00\80K\bc\bdW\bf\bf\9b\fc\d2\1d \01\f2?\00@@\96\087\be\bf\0bHMI\f4\ec\f1?\00@\f9>\98\17\bd\bfie\8fR\f5\d8\f1?\00\a0\d8Ng\f9\bb\bf|~W\11#\c5\f1?\00`/ y\dc\ba\bf\e9&\cbt|\b1\f1?\00\80(\e7\c3\c0\b9\bf\b6\1a,\0c\01\9e\f1?\00\c0r\b3F\a6\b8\bf\bdp\b6{\b0\8a\f1?\00\00\ac\b3\01\8d\b7\bf\b6\bc\ef%\8aw\f1?\00\008E\f1t\b6\bf\da1L5\8dd\f1?\00\80\87m\0e^\b5\bf\dd_\'\90\b9Q\f1?\00\e0\a1\de\\H\b4\bfL\d22\a4\0e?\f1?\00\a0jM\d93\b3\bf\da\f9\10r\8b,\f1?\00`\c5\f8y \b2\bf1\b5\ec(0\1a\f1?\00 b\98F\0e\b1\bf\af4\84\da\fb\07\f1?\00\00\d2jl\fa\af\bf\b3kN\0f\ee\f5\f0?\00@wJ\8d\da\ad\bf\ce\9f*]\06\e4\f0?\00\00\85\e4\ec\bc\ab\bf!\a5,cD\d2\f0?\00\c0\12@\89\a1\a9\bf\1a\98\e2|\a7\c0\f0?\00\c0\023X\88\a7\bf\d16\c6\83/\af\f0?\00\80\d6g^q\a5\bf9\13\a0\98\db\9d\f0?\00\80eI\8a\\\a3\bf\df\e7R\af\ab\8c\f0?\00@\15d\e3I\a1\bf\fb(N/\9f{\f0?\00\80\eb\82\c0r\9e\bf\19\8f5\8c\b5j\f0?\00\80RR\f1U\9a\bf,\f9\ec\a5\eeY\f0?\00\80\81\cfb=\96\bf\90,\d1\cdII\f0?\00\00\aa\8c\fb(\92\bf\a9\ad\f0\c6\c68\f0?\00\00\f9 {1\8c\bf\a92y\13e(\f0?\00\00\aa]5\19\84\bfHs\ea\'$\18\f0?\00\00\ec\c2\03\12x\bf\95\b1\14\06\04\08\f0?\00\00$y\t\04`\bf\1a\fa&\f7\1f\e0\ef?\00\00\90\84\f3\efo?t\eaa\c2\1c\a1\ef?\00\00=5A\dc\87?.\99\81\b0\10c\ef?\00\80\c2\c4\a3\ce\93?\cd\ad\ee<\f6%\ef?\00\00\89\14\c1\9f\9b?\e7\13\91\03\c8\e9\ee?\00\00\11\ce\d8\b0\a1?\ab\b1\cbx\80\ae\ee?\00\c0\01\d0[\8a\a5?\9b\0c\9d\a2\1at\ee?\00\80\d8@\83\\\a9?\b5\99\n\83\91:\ee?\00\80W\efj\'\ad?V\9a`\t\e0\01\ee?\00\c0\98\e5\98u\b0?\98\bbw\e5\01\ca\ed?\00 \r\e3\f5S\b2?\03\91|\0b\f2\92\ed?\00\008\8b\dd.\b4?\ce\\\fbf\ac\\\ed?\00\c0W\87Y\06\b6?\9d\de^\aa,\'\ed?\00\00j5v\da\b7?\cd,k>n\f2\ec?\00`\1cNC\ab\b9?\02y\a7\a2m\be\ec?\00`\r\bb\c7x\bb?m\087m&\8b\ec?\00 \e72\13C\bd?\04X]\bd\94X\ec?\00`\deq1\n\bf?\8c\9f\bb3\b5&\ec?\00@\91+\15g\c0??\e7\ec\ee\83\f5\eb?\00\b0\92\82\85G\c1?\c1\96\dbu\fd\c4\eb?\000\ca\cdn&\c2?(J\86\0c\1e\95\eb?\00P\c5\a6\d7\03\c3?,>\ef\c5\e2e\eb?\00\103<\c3\df\c3?\8b\88\c9gH7\eb?\00\80zk6\ba\c4?J0\1d!K\t\eb?\00\f0\d1(9\93\c5?~\ef\f2\85\e8\db\ea?\00\f0\18$\cdj\c6?\a2=`1\1d\af\ea?\00\90f\ec\f8@\c7?\a7X\d3?\e6\82\ea?\00\f0\1a\f5\c0\15\c8?\8bs\t\ef@W\ea?\00\80\f6T)\e9\c8?\'K\ab\90*,\ea?\00@\f8\026\bb\c9?\d1\f2\93\13\a0\01\ea?\00\00,\1c\ed\8b\ca?\1b<\db$\9f\d7\e9?\00\d0\01\\Q[\cb?\90\b1\c7\05%\ae\e9?\00\c0\bc\ccg)\cc?/\ce\97\f2.\85\e9?\00`H\d55\f6\cc?uK\a4\ee\ba\\\e9?\00\c0F4\bd\c1\cd?8H\e7\9d\c64\e9?\00\e0\cf\b8\01\8c\ce?\e6Rg/O\r\e9?\00\90\17\c0\tU\cf?\9d\d7\ff\8eR\e6\e8?\00\b8\1f\12l\0e\d0?|\00\cc\9f\ce\bf\e8?\00\d0\93\0e\b8q\d0?\0e\c3\be\da\c0\99\e8?\00p\86\9ek\d4\d0?\fb\17#\aa\'t\e8?\00\d0K3\876\d1?\08\9a\b3\ac\00O\e8?\00H#g\r\98\d1?U>e\e8I*\e8?\00\80\cc\e0\ff\f8\d1?`\02\f4\95\01\06\e8?\00hc\d7_Y\d2?)\a3\e0c%\e2\e7?\00\a8\14\t0\b9\d2?\ad\b5\dcw\b3\be\e7?\00`C\10r\18\d3?\c2%\97g\aa\9b\e7?\00\18\ecm&w\d3?W\06\17\f2\07y\e7?\000\af\fbO\d5\d3?\0c\13\d6\db\caV\e7?\00\e0/\e3\ee2\d4?")
 (data $2 (i32.const 5120) "k\b6O\01\00\10\e6?<[B\91l\02~<\95\b4M\03\000\e6?A]\00H\ea\bf\8d<x\d4\94\r\00P\e6?\b7\a5\d6\86\a7\7f\8e<\adoN\07\00p\e6?L%Tk\ea\fca<\ae\0f\df\fe\ff\8f\e6?\fd\0eYL\'~|\bc\bc\c5c\07\00\b0\e6?\01\da\dcHh\c1\8a\bc\f6\c1\\\1e\00\d0\e6?\11\93I\9d\1c?\83<>\f6\05\eb\ff\ef\e6?S-\e2\1a\04\80~\bc\80\97\86\0e\00\10\e7?Ry\tqf\ff{<\12\e9g\fc\ff/\e7?$\87\bd&\e2\00\8c<j\11\81\df\ffO\e7?\d2\01\f1n\91\02n\bc\90\9cg\0f\00p\e7?t\9cT\cdq\fcg\bc5\c8~\fa\ff\8f\e7?\83\04\f5\9e\c1\be\81<\e6\c2 \fe\ff\af\e7?ed\cc)\17~p\bc\00\c9?\ed\ff\cf\e7?\1c\8b{\08r\80\80\bcv\1a&\e9\ff\ef\e7?\ae\f9\9dm(\c0\8d<\e8\a3\9c\04\00\10\e8?3L\e5Q\d2\7f\89<\8f,\93\17\000\e8?\81\f30\b6\e9\fe\8a\bc\9cs3\06\00P\e8?\bc5ek\bf\bf\89<\c6\89B \00p\e8?u{\11\f3e\bf\8b\bc\04y\f5\eb\ff\8f\e8?W\cb=\a2n\00\89\bc\df\04\bc\"\00\b0\e8?\nK\e08\df\00}\bc\8a\1b\0c\e5\ff\cf\e8?\05\9f\ffFq\00\88\bcC\8e\91\fc\ff\ef\e8?8pz\d0{\81\83<\c7_\fa\1e\00\10\e9?\03\b4\dfv\91>\89<\b9{F\13\000\e9?v\02\98KN\80\7f<o\07\ee\e6\ffO\e9?.b\ff\d9\f0~\8f\bc\d1\12<\de\ffo\e9?\ba8&\96\aa\82p\bc\r\8aE\f4\ff\8f\e9?\ef\a8d\91\1b\80\87\bc>.\98\dd\ff\af\e9?7\93Z\8a\e0@\87\bcf\fbI\ed\ff\cf\e9?\00\e0\9b\c1\08\ce?<Q\9c\f1 \00\f0\e9?\n[\88\'\aa?\8a\bc\06\b0E\11\00\10\ea?V\daX\99H\fft<\fa\f6\bb\07\000\ea?\18m+\8a\ab\be\8c<y\1d\97\10\00P\ea?0yx\dd\ca\fe\88<H.\f5\1d\00p\ea?\db\ab\d8=vA\8f\bcR3Y\1c\00\90\ea?\12v\c2\84\02\bf\8e\bcK>O*\00\b0\ea?_?\ff<\04\fdi\bc\d1\1e\ae\d7\ff\cf\ea?\b4p\90\12\e7>\82\bcx\04Q\ee\ff\ef\ea?\a3\de\0e\e0>\06j<[\re\db\ff\0f\eb?\b9\n\1f8\c8\06Z<W\ca\aa\fe\ff/\eb?\1d<#t\1e\01y\bc\dc\ba\95\d9\ffO\eb?\9f*\86h\10\ffy\bc\9ce\9e$\00p\eb?>O\86\d0E\ff\8a<@\16\87\f9\ff\8f\eb?\f9\c3\c2\96w\fe|<O\cb\04\d2\ff\af\eb?\c4+\f2\ee\'\ffc\bcE\\A\d2\ff\cf\eb?!\ea;\ee\b7\ffl\bc\df\tc\f8\ff\ef\eb?\\\0b.\97\03A\81\bcSv\b5\e1\ff\0f\ec?\19j\b7\94d\c1\8b<\e3W\fa\f1\ff/\ec?\ed\c60\8d\ef\fed\bc$\e4\bf\dc\ffO\ec?uG\ec\bch?\84\bc\f7\b9T\ed\ffo\ec?\ec\e0S\f0\a3~\84<\d5\8f\99\eb\ff\8f\ec?\f1\92\f9\8d\06\83s<\9a!%!\00\b0\ec?\04\0e\18d\8e\fdh\bc\9cF\94\dd\ff\cf\ec?r\ea\c7\1c\be~\8e<v\c4\fd\ea\ff\ef\ec?\fe\88\9f\ad9\be\8e<+\f8\9a\16\00\10\ed?qZ\b9\a8\91}u<\1d\f7\0f\r\000\ed?\da\c7pi\90\c1\89<\c4\0fy\ea\ffO\ed?\0c\feX\c57\0eX\bc\e5\87\dc.\00p\ed?D\0f\c1M\d6\80\7f\bc\aa\82\dc!\00\90\ed?\\\\\fd\94\8f|t\bc\83\02k\d8\ff\af\ed?~a!\c5\1d\7f\8c<9Gl)\00\d0\ed?S\b1\ff\b2\9e\01\88<\f5\90D\e5\ff\ef\ed?\89\ccR\c6\d2\00n<\94\f6\ab\cd\ff\0f\ee?\d2i- @\83\7f\bc\dd\c8R\db\ff/\ee?d\08\1b\ca\c1\00{<\ef\16B\f2\ffO\ee?Q\ab\94\b0\a8\ffr<\11^\8a\e8\ffo\ee?Y\be\ef\b1s\f6W\bc\r\ff\9e\11\00\90\ee?\01\c8\0b^\8d\80\84\bcD\17\a5\df\ff\af\ee?\b5 C\d5\06\00x<\a1\7f\12\1a\00\d0\ee?\92\\V`\f8\02P\bc\c4\bc\ba\07\00\f0\ee?\11\e65]D@\85\bc\02\8dz\f5\ff\0f\ef?\05\91\ef91\fbO\bc\c7\8a\e5\1e\000\ef?U\11s\f2\ac\81\8a<\944\82\f5\ffO\ef?C\c7\d7\d4A?\8a<kL\a9\fc\ffo\ef?ux\98\1c\f4\02b\bcA\c4\f9\e1\ff\8f\ef?K\e7w\f4\d1}w<~\e3\e0\d2\ff\af\ef?1\a3|\9a\19\01o\bc\9e\e4w\1c\00\d0\ef?\b1\ac\ceK\ee\81q<1\c3\e0\f7\ff\ef\ef?Z\87p\017\05n\bcn`e\f4\ff\0f\f0?\da\n\1cI\ad~\8a\bcXz\86\f3\ff/\f0?\e0\b2\fc\c3i\7f\97\bc\17\r\fc\fd\ffO\f0?[\94\cb4\fe\bf\97<\82M\cd\03\00p\f0?\cbV\e4\c0\83\00\82<\e8\cb\f2\f9\ff\8f\f0?\1au7\be\df\ffm\bce\da\0c\01\00\b0\f0?\eb&\e6\ae\7f?\91\bc8\d3\a4\01\00\d0\f0?\f7\9fHy\fa}\80<\fd\fd\da\fa\ff\ef\f0?\c0k\d6p\05\04w\bc\96\fd\ba\0b\00\10\f1?b\0bm\84\d4\80\8e<]\f4\e5\fa\ff/\f1?\ef6\fdd\fa\bf\9d<\d9\9a\d5\r\00P\f1?\aeP\12pw\00\9a<\9aU!\0f\00p\f1?\ee\de\e3\e2\f9\fd\8d<&T\'\fc\ff\8f\f1?sr;\dc0\00\91<Y<=\12\00\b0\f1?\88\01\03\80y\7f\99<\b7\9e)\f8\ff\cf\f1?g\8c\9f\ab2\f9e\bc\00\d4\8a\f4\ff\ef\f1?\eb[\a7\9d\bf\7f\93<\a4\86\8b\0c\00\10\f2?\"[\fd\91k\80\9f<\03C\85\03\000\f2?3\bf\9f\eb\c2\ff\93<\84\f6\bc\ff\ffO\f2?r..~\e7\01v<\d9!)\f5\ffo\f2?a\0c\7fv\bb\fc\7f<<:\93\14\00\90\f2?+A\02<\ca\02r\bc\13cU\14\00\b0\f2?\02\1f\f23\82\80\92\bc;R\fe\eb\ff\cf\f2?\f2\dcO8~\ff\88\bc\96\ad\b8\0b\00\f0\f2?\c5A0PQ\ff\85\bc\af\e2z\fb\ff\0f\f3?\9d(^\88q\00\81\bc\7f_\ac\fe\ff/\f3?\15\b7\b7?]\ff\91\bcVg\a6\0c\00P\f3?\bd\82\8b\"\82\7f\95<!\f7\fb\11\00p\f3?\cc\d5\r\c4\ba\00\80<\b9/Y\f9\ff\8f\f3?Q\a7\b2-\9d?\94\bcB\d2\dd\04\00\b0\f3?\e18vpk\7f\85<W\c9\b2\f5\ff\cf\f3?1\12\bf\10:\02z<\18\b4\b0\ea\ff\ef\f3?\b0R\b1fm\7f\98<\f4\af2\15\00\10\f4?$\85\19_7\f8g<)\8bG\17\000\f4?CQ\dcr\e6\01\83<c\b4\95\e7\ffO\f4?Z\89\b2\b8i\ff\89<\e0u\04\e8\ffo\f4?T\f2\c2\9b\b1\c0\95\bc\e7\c1o\ef\ff\8f\f4?r*:\f2\t@\9b<\04\a7\be\e5\ff\af\f4?E}\r\bf\b7\ff\94\bc\de\'\10\17\00\d0\f4?=j\dcqd\c0\99\bc\e2>\f0\0f\00\f0\f4?\1cS\85\0b\89\7f\97<\d1K\dc\12\00\10\f5?6\a4fqe\04`<z\'\05\16\000\f5?\t2#\ce\ce\bf\96\bcLp\db\ec\ffO\f5?\d7\a1\05\05r\02\89\bc\a9T_\ef\ffo\f5?\12d\c9\0e\e6\bf\9b<\12\10\e6\17\00\90\f5?\90\ef\af\81\c5~\88<\92>\c9\03\00\b0\f5?\c0\0c\bf\n\08A\9f\bc\bc\19I\1d\00\d0\f5?)G%\fb*\81\98\bc\89z\b8\e7\ff\ef\f5?\04i\ed\80\b7~\94\bc")
 (data $3 (i32.const 7168) "\f8\ac\b1k($\f7?\00\b0\cd\ee_\t\e1\bf\a1\cc\d2f\f7\e1\f6?\00\d0v\bd\94\84\e0\bf\8a\d40\0e=\a1\f6?\00\f8\e8\aeC\01\e0\bf\85l\d02\eca\f6?\00@\0b6\c5\fe\de\bf\f8\98\11\95\fa#\f6?\00\e0\b7\1a\d9\fd\dd\bfl\02\cf\a4[\e7\f5?\00\90\c7\0c\ae\ff\dc\bf\b8O!Z\05\ac\f5?\00\a0\fd\118\04\dc\bf\1en\16\0f\edq\f5?\00\e0:2g\0b\db\bf5\f8\0bY\t9\f5?\00\b0-Z/\15\da\bf\dd\ada\edO\01\f5?\00`\f8Z\7f!\d9\bf\d0{H\8e\b8\ca\f4?\00\90q\b0M0\d8\bf\eeO3\b49\95\f4?\00\e0\a9\f9\89A\d7\bfi\d5\af\df\cb`\f4?\00\90\19\b5+U\d6\bfS\b9\e4Nf-\f4?\00\10\9b\a2#k\d5\bf\a6\d8\1d\11\01\fb\f3?\00\a0_\0fe\83\d4\bf6X\0c\b7\95\c9\f3?\00\a0\f67\e9\9d\d3\bfJ\fd\b6J\1c\99\f3?\00`\8dS\a1\ba\d2\bf\b5\99\e0\0c\8ei\f3?\00@\ca@\83\d9\d1\bf\b2\e7\13\82\e4:\f3?\00\e0@:\85\fa\d0\bf\b1\bd\85\19\19\r\f3?\000\e72\9c\1d\d0\bf\d7q\b2\ca%\e0\f2?\00`\fa\a2}\85\ce\bf\82\cd\13\cf\04\b4\f2?\00\80=c\c8\d3\cc\bfP\cb|,\b0\88\f2?\00\a0\14L\03&\cb\bf\e5M\94c\"^\f2?\00\e0O/\1c|\c9\bf\b1\15\86=V4\f2?\00\00\80?\02\d6\c7\bf8\af>\e3F\0b\f2?\00\e0\05\1a\a73\c6\bf\dd\a3\cd\fd\ee\e2\f1?\00\00W\e9\f5\94\c4\bf09\0bXJ\bb\f1?\00\a0\e0$\e4\f9\c2\bf\00\"\7f\84S\94\f1?\00\c0\fdZYb\c1\bf<\d7\d5\c0\06n\f1?\00\80\bdu\9a\9c\bf\bf\c2\e4\b7G_H\f1?\00\c0\f9[W{\bc\bf\d1\85\00\adX#\f1?\00\80\f4\0f\c6`\b9\bf\'\"S\0f\f0\fe\f0?\00\00\b6G\e2L\b6\bf\8f:\d0w \db\f0?\00@\01\b2x?\b3\bf\d9\80Y\d6\e6\b7\f0?\00\c0B\1a}8\b0\bf\8d@{\fe>\95\f0?\00\00\b5\08\92o\aa\bf\83;\c5\ca%s\f0?\00\00wO\95z\a4\bf\\\1b\r\e4\97Q\f0?\00\00\0c\c5\a8#\9d\bf\a2\8e \c1\910\f0?\00\00x)&j\91\bf!~\b3%\10\10\f0?\00\00\e8\d8\f8 w\bfk\a7\ca\f9~\c0\ef?\00\00P\b1S\fe\86?\84\f1\f6\d3eD\ef?\00\80\0f\e1\cc\1c\a1?\7f\10\84\9f\07\cc\ee?\00\80\8b\8c\fcM\ac?\e8Z\97\99:W\ee?\00@W\1e2\aa\b3?\e6=\bd\f0\d6\e5\ed?\00\80\8b\d0\a0\18\b9?\b38\ff\81\b6w\ed?\00@\04\da\e9r\be?C\e9Mr\b5\0c\ed?\00`\7fP\d2\dc\c1?cu\0e\dc\b2\a4\ec?\00\a0\de\03\abv\c4?Q\cb\d6\e8\8e?\ec?\00 \e2wC\07\c7?L\0c\02O+\dd\eb?\00@\a9\8b\de\8e\c9?\ca\15`\00l}\eb?\00\e0\d2j\b8\r\cc?\8f3.n6 \eb?\00\e0\ce\af\n\84\ce?9P)&p\c5\ea?\00\80g\b4\ny\d0?\dd1\'\bc\01m\ea?\00\c0\01h\05\ac\d1?\8b\f1?\bc\d3\16\ea?\00\e0\fe\d4\11\db\d2?\ad\fegI\d1\c2\e9?\00\80\c5NF\06\d4?\02\99|\f4\e4p\e9?\00\f0:\t\be-\d5?\f2\bc\829\fb \e9?\00\d0P \90Q\d6?\f1Y\f7\87\01\d3\e8?\00\f0\ea\cd\d2q\d7?m\f6\b9\eb\e5\86\e8?\00\90}\85\9c\8e\d8?\94\b9X\b6\97<\e8?\00`\e1U\01\a8\d9?\"\10\c6\ff\05\f4\e7?\00\d0\d3n\18\be\da?\ca\15\14\18\"\ad\e7?\00\e0\a0\ae\f2\d0\db?\8c\ff\9e\f9\dcg\e7?\00@\bf=\a4\e0\dc?")
 (data $4 (i32.const 8192) "\8e\n\b9\12\00 \e6?\05\b6D\06\ab\04\89<\a64W\04\00`\e6?\a9\f7b\ea\9b\ffa<\c5\f2%\c3\ff\9f\e6?\ba\90<\cb\cf~\82<\04Z\b98\00\e0\e6?&\93sV\88\ff\88<\e3\94\99\e0\ff\1f\e7?\b1\82_\'@\fd\8a<\10\0eY\15\00`\e7?A\83#\b4u\fdr\bc\d5[e\12\00\a0\e7?v+$|\e6\08x<\a6\e9Y2\00\e0\e7?\b7\"\f6&\e4\08b\bc\d2\b2\b4\ed\ff\1f\e8?/\c9\a5\1eF\02\84\bc\c3\fc\fa-\00`\e8?\1f\9a\f2\a2\f4\f7m<Pk\8c\f7\ff\9f\e8?\fd\95I\tS\04\8e\bcf\15g9\00\e0\e8?E{\c7\be\f3\04\8a\bcE\17\bf\e2\ff\1f\e9?< \0e@4\faw\bc\d1\9f\\\cc\ff_\e9?]i\a0\05\80\ffv\bcgG\ba;\00\a0\e9?\03~\ec\c4\c4\f8p<\a5-\b9\e7\ff\df\e9?\02F\8cG\d9\7f\8e<\af\fd.\d7\ff\1f\ea?~\ae\cdMU\0cj\bc\95\ff\04\de\ff_\ea?k\b2\e9\8c\a9}\86<+\8d^\ca\ff\9f\ea?\de\13L\b5\c9\84\82\bc\ea\03\ad\dd\ff\df\ea?<.`\ea\c8\12X<M=\r\f1\ff\1f\eb?\9cx\'\ad\dd\fa\8e\bcZ\16!\ce\ff_\eb?7\12\c6\19\17\cbS<t\e6P\d9\ff\9f\eb?\00\ce\94A\d9\f7s<\af\a8\9c\13\00\e0\eb?\c0\9b]!\c4\nu<\99\dfF[\00 \ec?\c9\c1\e9S\a6\eek<\ae\f7\b9@\00`\ec?\d6pJ\'\9f\07|\bc\8a\fdUb\00\a0\ec?\1fL\e8v@\0bz\bc]\tL\d9\ff\df\ec?\d7\b5\9a\f93\f9\88<\cf\d6u\f9\ff\1f\ed?\be\e1_f\08,X\bc\93\1cV\a2\ff_\ed?\f3\95\d2\9b(\04{\bc\0c\8b\"\9d\ff\9f\ed?6\a2\0f4Q\02\87<\16~\bce\00\e0\ed?\0c\d8\a4\16\1e\01u\bc\91G\f6\02\00 \ee?\e0b\ef\t/\80\89<\d8\a6\d7W\00`\ee?\fa\f7\0cXu\0b~\bc\0c\c0\ed\'\00\a0\ee?\11\98E\t\83\84\8c\bc|\cb\f5l\00\e0\ee?\f4v\15\95\'\80\8f\bc\cc}+x\00 \ef?\8fStr\d9\81\8f\bc\nE\0c&\00`\ef?\dc\ff\'\'\00q@\bc3\d5\8c\e8\ff\9f\ef?\b0\a8\fd\e1\dc\1bX\bc\89\86\0f\d5\ff\df\ef?n\8e\91\cb\1a\f9\87<g#)\04\00 \f0?\81F2e\f3\7f\9b<h\d6\e3\e3\ff_\f0?{\95\ae\dd\08\fa\86<W\a7\85\n\00\a0\f0?\91\fb\d3\80\de\e2W\bc\cc?_\1a\00\e0\f0?\14\f0\c5\053\82\91\bc\f5\ba\af\f8\ff\1f\f1?\c2\ba\80f\bb\fa\8b\bc\ad\91M\e5\ff_\f1?\ef\e77\17\12\7f\9d\bc\e16\ac\11\00\a0\f1?\ff\f5\16\05\n\00\9c<HB\c8\19\00\e0\f1?\a0]\da\e4\fb\82\90\bcn^\fe\0f\00 \f2?C\fb\9cL\d0\fd\88\bc\91\d8\9f&\00`\f2?\82\d1\94y*\fe\8c<\da\e6\a6)\00\a0\f2?\c5\8b^qs\02p\bc9>)\e0\ff\df\f2?\f9\a6\b2\da9|\9b<\82\f0\dc\f7\ff\1f\f3?TR\dcn3\f1}<`\8bZ\f0\ff_\f3?\eb1\cdLV\03\9e\bc\cc\ae\0e.\00\a0\f3?w\a4\d3K\e7\f0u<6\b2;\04\00\e0\f3?3\88\9d\14\cb}\9c<\ff\87\d1\02\00 \f4?(=-\cf\af\08~<\b1|8\r\00`\f4?\a6\99e\857\08\82<\89\9fV\04\00\a0\f4?\d2\bcO\90\\\fa\89\bc\f3C5\04\00\e0\f4?)S\17\ed%\11x\bc\0f\7f\02\cc\ff\1f\f5?\dcTw\84\d8\83\98<o\b3\87\fd\ff_\f5?\07(\d01\e7\t\87\bc\ba\f7\1d\f2\ff\9f\f5?\02{rh\9f\f7\87<\814\fc\eb\ff\df\f5?>\e90.\90\80\91\bc")
 (data $5 (i32.const 9216) "n\83\f9\a2\00\00\00\00\d1W\'\fc)\15DN\99\95b\db\c0\dd4\f5\abcQ\feA\90C<:n$\b7a\c5\bb\de\ea.I\06\e0\d2MB\1c\eb\1d\fe\1c\92\d1\t\f55\82\e8>\a7)\b1&p\9c\e9\84D\bb.9\d6\919A~_\b4\8b_\84\9c\f49S\83\ff\97\f8\1f;(\f9\bd\8b\11/\ef\0f\98\05\de\cf~6m\1fm\nZf?FO\b7\t\cb\'\c7\ba\'u-\ea_\9e\f79\07={\f1\e5\eb\b1_\fbk\ea\92R\8aF0\03V\08]\8d\1f \bc\cf\f0\abk{\fca\91\e3\a9\1d6\f4\9a_\85\99e\08\1b\e6^\80\d8\ff\8d@h\a0\14W\15\06\061\'sM")
 (data $6 (i32.const 9413) "\a0\f6?")
 (data $6.1 (i32.const 9425) "\c8\b9\f2\82,\d6\bf\80V7($\b4\fa<\00\00\00\00\00\80\f6?")
 (data $6.2 (i32.const 9457) "\08X\bf\bd\d1\d5\bf \f7\e0\d8\08\a5\1c\bd\00\00\00\00\00`\f6?")
 (data $6.3 (i32.const 9489) "XE\17wv\d5\bfmP\b6\d5\a4b#\bd\00\00\00\00\00@\f6?")
 (data $6.4 (i32.const 9521) "\f8-\87\ad\1a\d5\bf\d5g\b0\9e\e4\84\e6\bc\00\00\00\00\00 \f6?")
 (data $6.5 (i32.const 9553) "xw\95_\be\d4\bf\e0>)\93i\1b\04\bd\00\00\00\00\00\00\f6?")
 (data $6.6 (i32.const 9585) "`\1c\c2\8ba\d4\bf\cc\84LH/\d8\13=\00\00\00\00\00\e0\f5?")
 (data $6.7 (i32.const 9617) "\a8\86\860\04\d4\bf:\0b\82\ed\f3B\dc<\00\00\00\00\00\c0\f5?")
 (data $6.8 (i32.const 9649) "HiUL\a6\d3\bf`\94Q\86\c6\b1 =\00\00\00\00\00\a0\f5?")
 (data $6.9 (i32.const 9681) "\80\98\9a\ddG\d3\bf\92\80\c5\d4MY%=\00\00\00\00\00\80\f5?")
 (data $6.10 (i32.const 9713) " \e1\ba\e2\e8\d2\bf\d8+\b7\99\1e{&=\00\00\00\00\00`\f5?")
 (data $6.11 (i32.const 9745) "\88\de\13Z\89\d2\bf?\b0\cf\b6\14\ca\15=\00\00\00\00\00`\f5?")
 (data $6.12 (i32.const 9777) "\88\de\13Z\89\d2\bf?\b0\cf\b6\14\ca\15=\00\00\00\00\00@\f5?")
 (data $6.13 (i32.const 9809) "x\cf\fbA)\d2\bfv\daS($Z\16\bd\00\00\00\00\00 \f5?")
 (data $6.14 (i32.const 9841) "\98i\c1\98\c8\d1\bf\04T\e7h\bc\af\1f\bd\00\00\00\00\00\00\f5?")
 (data $6.15 (i32.const 9873) "\a8\ab\ab\\g\d1\bf\f0\a8\823\c6\1f\1f=\00\00\00\00\00\e0\f4?")
 (data $6.16 (i32.const 9905) "H\ae\f9\8b\05\d1\bffZ\05\fd\c4\a8&\bd\00\00\00\00\00\c0\f4?")
 (data $6.17 (i32.const 9937) "\90s\e2$\a3\d0\bf\0e\03\f4~\eek\0c\bd\00\00\00\00\00\a0\f4?")
 (data $6.18 (i32.const 9969) "\d0\b4\94%@\d0\bf\7f-\f4\9e\b86\f0\bc\00\00\00\00\00\a0\f4?")
 (data $6.19 (i32.const 10001) "\d0\b4\94%@\d0\bf\7f-\f4\9e\b86\f0\bc\00\00\00\00\00\80\f4?")
 (data $6.20 (i32.const 10033) "@^m\18\b9\cf\bf\87<\99\ab*W\r=\00\00\00\00\00`\f4?")
 (data $6.21 (i32.const 10065) "`\dc\cb\ad\f0\ce\bf$\af\86\9c\b7&+=\00\00\00\00\00@\f4?")
 (data $6.22 (i32.const 10097) "\f0*n\07\'\ce\bf\10\ff?TO/\17\bd\00\00\00\00\00 \f4?")
 (data $6.23 (i32.const 10129) "\c0Ok!\\\cd\bf\1bh\ca\bb\91\ba!=\00\00\00\00\00\00\f4?")
 (data $6.24 (i32.const 10161) "\a0\9a\c7\f7\8f\cc\bf4\84\9fhOy\'=\00\00\00\00\00\00\f4?")
 (data $6.25 (i32.const 10193) "\a0\9a\c7\f7\8f\cc\bf4\84\9fhOy\'=\00\00\00\00\00\e0\f3?")
 (data $6.26 (i32.const 10225) "\90-t\86\c2\cb\bf\8f\b7\8b1\b0N\19=\00\00\00\00\00\c0\f3?")
 (data $6.27 (i32.const 10257) "\c0\80N\c9\f3\ca\bff\90\cd?cN\ba<\00\00\00\00\00\a0\f3?")
 (data $6.28 (i32.const 10289) "\b0\e2\1f\bc#\ca\bf\ea\c1F\dcd\8c%\bd\00\00\00\00\00\a0\f3?")
 (data $6.29 (i32.const 10321) "\b0\e2\1f\bc#\ca\bf\ea\c1F\dcd\8c%\bd\00\00\00\00\00\80\f3?")
 (data $6.30 (i32.const 10353) "P\f4\9cZR\c9\bf\e3\d4\c1\04\d9\d1*\bd\00\00\00\00\00`\f3?")
 (data $6.31 (i32.const 10385) "\d0 e\a0\7f\c8\bf\t\fa\db\7f\bf\bd+=\00\00\00\00\00@\f3?")
 (data $6.32 (i32.const 10417) "\e0\10\02\89\ab\c7\bfXJSr\90\db+=\00\00\00\00\00@\f3?")
 (data $6.33 (i32.const 10449) "\e0\10\02\89\ab\c7\bfXJSr\90\db+=\00\00\00\00\00 \f3?")
 (data $6.34 (i32.const 10481) "\d0\19\e7\0f\d6\c6\bff\e2\b2\a3j\e4\10\bd\00\00\00\00\00\00\f3?")
 (data $6.35 (i32.const 10513) "\90\a7p0\ff\c5\bf9P\10\9fC\9e\1e\bd\00\00\00\00\00\00\f3?")
 (data $6.36 (i32.const 10545) "\90\a7p0\ff\c5\bf9P\10\9fC\9e\1e\bd\00\00\00\00\00\e0\f2?")
 (data $6.37 (i32.const 10577) "\b0\a1\e3\e5&\c5\bf\8f[\07\90\8b\de \bd\00\00\00\00\00\c0\f2?")
 (data $6.38 (i32.const 10609) "\80\cbl+M\c4\bf<x5a\c1\0c\17=\00\00\00\00\00\c0\f2?")
 (data $6.39 (i32.const 10641) "\80\cbl+M\c4\bf<x5a\c1\0c\17=\00\00\00\00\00\a0\f2?")
 (data $6.40 (i32.const 10673) "\90\1e \fcq\c3\bf:T\'M\86x\f1<\00\00\00\00\00\80\f2?")
 (data $6.41 (i32.const 10705) "\f0\1f\f8R\95\c2\bf\08\c4q\170\8d$\bd\00\00\00\00\00`\f2?")
 (data $6.42 (i32.const 10737) "`/\d5*\b7\c1\bf\96\a3\11\18\a4\80.\bd\00\00\00\00\00`\f2?")
 (data $6.43 (i32.const 10769) "`/\d5*\b7\c1\bf\96\a3\11\18\a4\80.\bd\00\00\00\00\00@\f2?")
 (data $6.44 (i32.const 10801) "\90\d0|~\d7\c0\bf\f4[\e8\88\96i\n=\00\00\00\00\00@\f2?")
 (data $6.45 (i32.const 10833) "\90\d0|~\d7\c0\bf\f4[\e8\88\96i\n=\00\00\00\00\00 \f2?")
 (data $6.46 (i32.const 10865) "\e0\db1\91\ec\bf\bf\f23\a3\\Tu%\bd\00\00\00\00\00\00\f2?")
 (data $6.47 (i32.const 10898) "+n\07\'\be\bf<\00\f0*,4*=\00\00\00\00\00\00\f2?")
 (data $6.48 (i32.const 10930) "+n\07\'\be\bf<\00\f0*,4*=\00\00\00\00\00\e0\f1?")
 (data $6.49 (i32.const 10961) "\c0[\8fT^\bc\bf\06\be_XW\0c\1d\bd\00\00\00\00\00\c0\f1?")
 (data $6.50 (i32.const 10993) "\e0J:m\92\ba\bf\c8\aa[\e859%=\00\00\00\00\00\c0\f1?")
 (data $6.51 (i32.const 11025) "\e0J:m\92\ba\bf\c8\aa[\e859%=\00\00\00\00\00\a0\f1?")
 (data $6.52 (i32.const 11057) "\a01\d6E\c3\b8\bfhV/M)|\13=\00\00\00\00\00\a0\f1?")
 (data $6.53 (i32.const 11089) "\a01\d6E\c3\b8\bfhV/M)|\13=\00\00\00\00\00\80\f1?")
 (data $6.54 (i32.const 11121) "`\e5\8a\d2\f0\b6\bf\das3\c97\97&\bd\00\00\00\00\00`\f1?")
 (data $6.55 (i32.const 11153) " \06?\07\1b\b5\bfW^\c6a[\02\1f=\00\00\00\00\00`\f1?")
 (data $6.56 (i32.const 11185) " \06?\07\1b\b5\bfW^\c6a[\02\1f=\00\00\00\00\00@\f1?")
 (data $6.57 (i32.const 11217) "\e0\1b\96\d7A\b3\bf\df\13\f9\cc\da^,=\00\00\00\00\00@\f1?")
 (data $6.58 (i32.const 11249) "\e0\1b\96\d7A\b3\bf\df\13\f9\cc\da^,=\00\00\00\00\00 \f1?")
 (data $6.59 (i32.const 11281) "\80\a3\ee6e\b1\bf\t\a3\8fv^|\14=\00\00\00\00\00\00\f1?")
 (data $6.60 (i32.const 11313) "\80\11\c00\n\af\bf\91\8e6\83\9eY-=\00\00\00\00\00\00\f1?")
 (data $6.61 (i32.const 11345) "\80\11\c00\n\af\bf\91\8e6\83\9eY-=\00\00\00\00\00\e0\f0?")
 (data $6.62 (i32.const 11377) "\80\19q\ddB\ab\bfLp\d6\e5z\82\1c=\00\00\00\00\00\e0\f0?")
 (data $6.63 (i32.const 11409) "\80\19q\ddB\ab\bfLp\d6\e5z\82\1c=\00\00\00\00\00\c0\f0?")
 (data $6.64 (i32.const 11441) "\c02\f6Xt\a7\bf\ee\a1\f24F\fc,\bd\00\00\00\00\00\c0\f0?")
 (data $6.65 (i32.const 11473) "\c02\f6Xt\a7\bf\ee\a1\f24F\fc,\bd\00\00\00\00\00\a0\f0?")
 (data $6.66 (i32.const 11505) "\c0\fe\b9\87\9e\a3\bf\aa\fe&\f5\b7\02\f5<\00\00\00\00\00\a0\f0?")
 (data $6.67 (i32.const 11537) "\c0\fe\b9\87\9e\a3\bf\aa\fe&\f5\b7\02\f5<\00\00\00\00\00\80\f0?")
 (data $6.68 (i32.const 11570) "x\0e\9b\82\9f\bf\e4\t~|&\80)\bd\00\00\00\00\00\80\f0?")
 (data $6.69 (i32.const 11602) "x\0e\9b\82\9f\bf\e4\t~|&\80)\bd\00\00\00\00\00`\f0?")
 (data $6.70 (i32.const 11633) "\80\d5\07\1b\b9\97\bf9\a6\fa\93T\8d(\bd\00\00\00\00\00@\f0?")
 (data $6.71 (i32.const 11666) "\fc\b0\a8\c0\8f\bf\9c\a6\d3\f6|\1e\df\bc\00\00\00\00\00@\f0?")
 (data $6.72 (i32.const 11698) "\fc\b0\a8\c0\8f\bf\9c\a6\d3\f6|\1e\df\bc\00\00\00\00\00 \f0?")
 (data $6.73 (i32.const 11730) "\10k*\e0\7f\bf\e4@\da\r?\e2\19\bd\00\00\00\00\00 \f0?")
 (data $6.74 (i32.const 11762) "\10k*\e0\7f\bf\e4@\da\r?\e2\19\bd\00\00\00\00\00\00\f0?")
 (data $6.75 (i32.const 11814) "\f0?")
 (data $6.76 (i32.const 11845) "\c0\ef?")
 (data $6.77 (i32.const 11858) "\89u\15\10\80?\e8+\9d\99k\c7\10\bd\00\00\00\00\00\80\ef?")
 (data $6.78 (i32.const 11889) "\80\93XV \90?\d2\f7\e2\06[\dc#\bd\00\00\00\00\00@\ef?")
 (data $6.79 (i32.const 11922) "\c9(%I\98?4\0cZ2\ba\a0*\bd\00\00\00\00\00\00\ef?")
 (data $6.80 (i32.const 11953) "@\e7\89]A\a0?S\d7\f1\\\c0\11\01=\00\00\00\00\00\c0\ee?")
 (data $6.81 (i32.const 11986) ".\d4\aef\a4?(\fd\bdus\16,\bd\00\00\00\00\00\80\ee?")
 (data $6.82 (i32.const 12017) "\c0\9f\14\aa\94\a8?}&Z\d0\95y\19\bd\00\00\00\00\00@\ee?")
 (data $6.83 (i32.const 12049) "\c0\dd\cds\cb\ac?\07(\d8G\f2h\1a\bd\00\00\00\00\00 \ee?")
 (data $6.84 (i32.const 12081) "\c0\06\c01\ea\ae?{;\c9O>\11\0e\bd\00\00\00\00\00\e0\ed?")
 (data $6.85 (i32.const 12113) "`F\d1;\97\b1?\9b\9e\rV]2%\bd\00\00\00\00\00\a0\ed?")
 (data $6.86 (i32.const 12145) "\e0\d1\a7\f5\bd\b3?\d7N\db\a5^\c8,=\00\00\00\00\00`\ed?")
 (data $6.87 (i32.const 12177) "\a0\97MZ\e9\b5?\1e\1d]<\06i,\bd\00\00\00\00\00@\ed?")
 (data $6.88 (i32.const 12209) "\c0\ea\n\d3\00\b7?2\ed\9d\a9\8d\1e\ec<\00\00\00\00\00\00\ed?")
 (data $6.89 (i32.const 12241) "@Y]^3\b9?\daG\bd:\\\11#=\00\00\00\00\00\c0\ec?")
 (data $6.90 (i32.const 12273) "`\ad\8d\c8j\bb?\e5h\f7+\80\90\13\bd\00\00\00\00\00\a0\ec?")
 (data $6.91 (i32.const 12305) "@\bc\01X\88\bc?\d3\acZ\c6\d1F&=\00\00\00\00\00`\ec?")
 (data $6.92 (i32.const 12337) " \n\839\c7\be?\e0E\e6\afh\c0-\bd\00\00\00\00\00@\ec?")
 (data $6.93 (i32.const 12369) "\e0\db9\91\e8\bf?\fd\n\a1O\d64%\bd\00\00\00\00\00\00\ec?")
 (data $6.94 (i32.const 12401) "\e0\'\82\8e\17\c1?\f2\07-\cex\ef!=\00\00\00\00\00\e0\eb?")
 (data $6.95 (i32.const 12433) "\f0#~+\aa\c1?4\998D\8e\a7,=\00\00\00\00\00\a0\eb?")
 (data $6.96 (i32.const 12465) "\80\86\0ca\d1\c2?\a1\b4\81\cbl\9d\03=\00\00\00\00\00\80\eb?")
 (data $6.97 (i32.const 12497) "\90\15\b0\fce\c3?\89rK#\a8/\c6<\00\00\00\00\00@\eb?")
 (data $6.98 (i32.const 12529) "\b03\83=\91\c4?x\b6\fdTy\83%=\00\00\00\00\00 \eb?")
 (data $6.99 (i32.const 12561) "\b0\a1\e4\e5\'\c5?\c7}i\e5\e83&=\00\00\00\00\00\e0\ea?")
 (data $6.100 (i32.const 12593) "\10\8c\beNW\c6?x.<,\8b\cf\19=\00\00\00\00\00\c0\ea?")
 (data $6.101 (i32.const 12625) "pu\8b\12\f0\c6?\e1!\9c\e5\8d\11%\bd\00\00\00\00\00\a0\ea?")
 (data $6.102 (i32.const 12657) "PD\85\8d\89\c7?\05C\91p\10f\1c\bd\00\00\00\00\00`\ea?")
 (data $6.103 (i32.const 12690) "9\eb\af\be\c8?\d1,\e9\aaT=\07\bd\00\00\00\00\00@\ea?")
 (data $6.104 (i32.const 12722) "\f7\dcZZ\c9?o\ff\a0X(\f2\07=\00\00\00\00\00\00\ea?")
 (data $6.105 (i32.const 12753) "\e0\8a<\ed\93\ca?i!VPCr(\bd\00\00\00\00\00\e0\e9?")
 (data $6.106 (i32.const 12785) "\d0[W\d81\cb?\aa\e1\acN\8d5\0c\bd\00\00\00\00\00\c0\e9?")
 (data $6.107 (i32.const 12817) "\e0;8\87\d0\cb?\b6\12TY\c4K-\bd\00\00\00\00\00\a0\e9?")
 (data $6.108 (i32.const 12849) "\10\f0\c6\fbo\cc?\d2+\96\c5r\ec\f1\bc\00\00\00\00\00`\e9?")
 (data $6.109 (i32.const 12881) "\90\d4\b0=\b1\cd?5\b0\15\f7*\ff*\bd\00\00\00\00\00@\e9?")
 (data $6.110 (i32.const 12913) "\10\e7\ff\0eS\ce?0\f4A`\'\12\c2<\00\00\00\00\00 \e9?")
 (data $6.111 (i32.const 12946) "\dd\e4\ad\f5\ce?\11\8e\bbe\15!\ca\bc\00\00\00\00\00\00\e9?")
 (data $6.112 (i32.const 12977) "\b0\b3l\1c\99\cf?0\df\0c\ca\ec\cb\1b=\00\00\00\00\00\c0\e8?")
 (data $6.113 (i32.const 13009) "XM`8q\d0?\91N\ed\16\db\9c\f8<\00\00\00\00\00\a0\e8?")
 (data $6.114 (i32.const 13041) "`ag-\c4\d0?\e9\ea<\16\8b\18\'=\00\00\00\00\00\80\e8?")
 (data $6.115 (i32.const 13073) "\e8\'\82\8e\17\d1?\1c\f0\a5c\0e!,\bd\00\00\00\00\00`\e8?")
 (data $6.116 (i32.const 13105) "\f8\ac\cb\\k\d1?\81\16\a5\f7\cd\9a+=\00\00\00\00\00@\e8?")
 (data $6.117 (i32.const 13137) "hZc\99\bf\d1?\b7\bdGQ\ed\a6,=\00\00\00\00\00 \e8?")
 (data $6.118 (i32.const 13169) "\b8\0emE\14\d2?\ea\baF\ba\de\87\n=\00\00\00\00\00\e0\e7?")
 (data $6.119 (i32.const 13201) "\90\dc|\f0\be\d2?\f4\04PJ\fa\9c*=\00\00\00\00\00\c0\e7?")
 (data $6.120 (i32.const 13233) "`\d3\e1\f1\14\d3?\b8<!\d3z\e2(\bd\00\00\00\00\00\a0\e7?")
 (data $6.121 (i32.const 13265) "\10\bevgk\d3?\c8w\f1\b0\cdn\11=\00\00\00\00\00\80\e7?")
 (data $6.122 (i32.const 13297) "03wR\c2\d3?\\\bd\06\b6T;\18=\00\00\00\00\00`\e7?")
 (data $6.123 (i32.const 13329) "\e8\d5#\b4\19\d4?\9d\e0\90\ec6\e4\08=\00\00\00\00\00@\e7?")
 (data $6.124 (i32.const 13361) "\c8q\c2\8dq\d4?u\d6g\t\ce\'/\bd\00\00\00\00\00 \e7?")
 (data $6.125 (i32.const 13393) "0\17\9e\e0\c9\d4?\a4\d8\n\1b\89 .\bd\00\00\00\00\00\00\e7?")
 (data $6.126 (i32.const 13425) "\a08\07\ae\"\d5?Y\c7d\81p\be.=\00\00\00\00\00\e0\e6?")
 (data $6.127 (i32.const 13457) "\d0\c8S\f7{\d5?\ef@]\ee\ed\ad\1f=\00\00\00\00\00\c0\e6?")
 (data $6.128 (i32.const 13489) "`Y\df\bd\d5\d5?\dce\a4\08*\0b\n\bd")
 (export "heapBase" (func $src/kernels/wasm/assembly/index/heapBase))
 (export "unaryF32" (func $src/kernels/wasm/assembly/index/unaryF32))
 (export "unaryF64" (func $src/kernels/wasm/assembly/index/unaryF64))
 (export "binaryF32" (func $src/kernels/wasm/assembly/index/binaryF32))
 (export "binaryF64" (func $src/kernels/wasm/assembly/index/binaryF64))
 (export "sumF32" (func $src/kernels/wasm/assembly/index/sumF32))
 (export "prodF32" (func $src/kernels/wasm/assembly/index/prodF32))
 (export "extremeF32" (func $src/kernels/wasm/assembly/index/extremeF32))
 (export "sumExpF32" (func $src/kernels/wasm/assembly/index/sumExpF32))
 (export "sumF64" (func $src/kernels/wasm/assembly/index/sumF64))
 (export "prodF64" (func $src/kernels/wasm/assembly/index/prodF64))
 (export "extremeF64" (func $src/kernels/wasm/assembly/index/extremeF64))
 (export "sumExpF64" (func $src/kernels/wasm/assembly/index/sumExpF64))
 (export "reduceRows" (func $src/kernels/wasm/assembly/index/reduceRows))
 (export "matmulF32" (func $src/kernels/wasm/assembly/index/matmulF32))
 (export "matmulF64" (func $src/kernels/wasm/assembly/index/matmulF64))
 (export "softmaxApplyF32" (func $src/kernels/wasm/assembly/index/softmaxApplyF32))
 (export "logSoftmaxApplyF32" (func $src/kernels/wasm/assembly/index/logSoftmaxApplyF32))
 (export "softmaxApplyF64" (func $src/kernels/wasm/assembly/index/softmaxApplyF64))
 (export "logSoftmaxApplyF64" (func $src/kernels/wasm/assembly/index/logSoftmaxApplyF64))
 (export "cumsumF32" (func $src/kernels/wasm/assembly/index/cumsumF32))
 (export "cumsumF64" (func $src/kernels/wasm/assembly/index/cumsumF64))
 (export "rowwise" (func $src/kernels/wasm/assembly/index/rowwise))
 (export "memory" (memory $0))
 (func $~lib/math/NativeMath.exp (param $0 f64) (result f64)
  (local $1 i32)
  (local $2 i64)
  (local $3 f64)
  (local $4 f64)
  (local $5 i32)
  (local $6 i64)
  (local $7 f64)
  (local $8 f64)
  block $~lib/util/math/exp_lut|inlined.0 (result f64)
   local.get $0
   i64.reinterpret_f64
   local.tee $2
   i64.const 52
   i64.shr_u
   i32.wrap_i64
   i32.const 2047
   i32.and
   local.tee $1
   i32.const 969
   i32.sub
   local.tee $5
   i32.const 63
   i32.ge_u
   if
    f64.const 1
    local.get $5
    i32.const -2147483648
    i32.ge_u
    br_if $~lib/util/math/exp_lut|inlined.0
    drop
    local.get $1
    i32.const 1033
    i32.ge_u
    if
     f64.const 0
     local.get $2
     i64.const -4503599627370496
     i64.eq
     br_if $~lib/util/math/exp_lut|inlined.0
     drop
     local.get $0
     f64.const 1
     f64.add
     local.get $1
     i32.const 2047
     i32.ge_u
     br_if $~lib/util/math/exp_lut|inlined.0
     drop
     f64.const 0
     f64.const inf
     local.get $2
     i64.const 0
     i64.lt_s
     select
     br $~lib/util/math/exp_lut|inlined.0
    end
    i32.const 0
    local.set $1
   end
   local.get $0
   f64.const 184.6649652337873
   f64.mul
   f64.const 6755399441055744
   f64.add
   local.tee $3
   i64.reinterpret_f64
   local.tee $2
   i64.const 127
   i64.and
   i64.const 1
   i64.shl
   i32.wrap_i64
   i32.const 3
   i32.shl
   i32.const 1024
   i32.add
   local.tee $5
   i64.load offset=8
   local.get $2
   i64.const 45
   i64.shl
   i64.add
   local.set $6
   local.get $0
   local.get $3
   f64.const -6755399441055744
   f64.add
   local.tee $0
   f64.const -0.005415212348111709
   f64.mul
   f64.add
   local.get $0
   f64.const -1.2864023111638346e-14
   f64.mul
   f64.add
   local.tee $0
   local.get $0
   f64.mul
   local.set $3
   local.get $5
   f64.load
   local.get $0
   f64.add
   local.get $3
   local.get $0
   f64.const 0.16666666666665886
   f64.mul
   f64.const 0.49999999999996786
   f64.add
   f64.mul
   f64.add
   local.get $3
   local.get $3
   f64.mul
   local.get $0
   f64.const 0.008333335853059549
   f64.mul
   f64.const 0.0416666808410674
   f64.add
   f64.mul
   f64.add
   local.set $0
   local.get $1
   i32.eqz
   if
    block $~lib/util/math/specialcase|inlined.0 (result f64)
     local.get $2
     i64.const 2147483648
     i64.and
     i64.eqz
     if
      local.get $6
      i64.const 4544132024016830464
      i64.sub
      f64.reinterpret_i64
      local.tee $3
      local.get $3
      local.get $0
      f64.mul
      f64.add
      f64.const 5486124068793688683255936e279
      f64.mul
      br $~lib/util/math/specialcase|inlined.0
     end
     local.get $6
     i64.const 4602678819172646912
     i64.add
     local.tee $2
     f64.reinterpret_i64
     local.tee $4
     local.get $0
     f64.mul
     local.set $7
     local.get $4
     local.get $7
     f64.add
     local.tee $8
     f64.abs
     f64.const 1
     f64.lt
     if (result f64)
      local.get $2
      i64.const -9223372036854775808
      i64.and
      f64.reinterpret_i64
      f64.const 1
      local.get $8
      f64.copysign
      local.tee $0
      local.get $8
      f64.add
      local.tee $3
      local.get $0
      local.get $3
      f64.sub
      local.get $8
      f64.add
      local.get $4
      local.get $8
      f64.sub
      local.get $7
      f64.add
      f64.add
      f64.add
      local.get $0
      f64.sub
      local.tee $0
      local.get $0
      f64.const 0
      f64.eq
      select
     else
      local.get $8
     end
     f64.const 2.2250738585072014e-308
     f64.mul
    end
    br $~lib/util/math/exp_lut|inlined.0
   end
   local.get $6
   f64.reinterpret_i64
   local.tee $3
   local.get $3
   local.get $0
   f64.mul
   f64.add
  end
 )
 (func $src/kernels/wasm/assembly/index/extremeF32 (param $0 i32) (param $1 i32) (param $2 i32) (result f64)
  (local $3 i32)
  (local $4 i32)
  (local $5 f32)
  (local $6 v128)
  (local $7 f32)
  (local $8 v128)
  v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000
  v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000
  local.get $2
  select
  local.set $8
  loop $for-loop|0
   local.get $4
   i32.const 4
   i32.add
   local.tee $3
   local.get $1
   i32.le_s
   if
    local.get $8
    local.get $0
    local.get $4
    i32.const 2
    i32.shl
    i32.add
    v128.load
    local.tee $6
    f32x4.max
    local.get $8
    local.get $6
    f32x4.min
    local.get $2
    select
    local.set $8
    local.get $3
    local.set $4
    br $for-loop|0
   end
  end
  local.get $2
  if (result f32)
   local.get $8
   f32x4.extract_lane 0
   local.get $8
   f32x4.extract_lane 1
   f32.max
   local.get $8
   f32x4.extract_lane 2
   local.get $8
   f32x4.extract_lane 3
   f32.max
   f32.max
  else
   local.get $8
   f32x4.extract_lane 0
   local.get $8
   f32x4.extract_lane 1
   f32.min
   local.get $8
   f32x4.extract_lane 2
   local.get $8
   f32x4.extract_lane 3
   f32.min
   f32.min
  end
  local.set $7
  loop $for-loop|1
   local.get $1
   local.get $4
   i32.gt_s
   if
    local.get $0
    local.get $4
    i32.const 2
    i32.shl
    i32.add
    f32.load
    local.tee $5
    local.get $7
    f32.max
    local.get $5
    local.get $7
    f32.min
    local.get $2
    select
    local.set $7
    local.get $4
    i32.const 1
    i32.add
    local.set $4
    br $for-loop|1
   end
  end
  local.get $7
  f64.promote_f32
 )
 (func $~lib/math/NativeMath.expm1 (param $0 f64) (result f64)
  (local $1 i32)
  (local $2 f64)
  (local $3 i32)
  (local $4 i32)
  (local $5 i64)
  (local $6 f64)
  (local $7 f64)
  (local $8 f64)
  local.get $0
  i64.reinterpret_f64
  local.tee $5
  i64.const 32
  i64.shr_u
  i32.wrap_i64
  i32.const 2147483647
  i32.and
  local.set $3
  local.get $5
  i64.const 63
  i64.shr_u
  i32.wrap_i64
  local.set $4
  local.get $3
  i32.const 1078159482
  i32.ge_u
  if
   local.get $0
   local.get $0
   f64.ne
   if
    local.get $0
    return
   end
   local.get $4
   if
    f64.const -1
    return
   end
   local.get $0
   f64.const 709.782712893384
   f64.gt
   if
    local.get $0
    f64.const 8988465674311579538646525e283
    f64.mul
    return
   end
  end
  local.get $3
  i32.const 1071001154
  i32.gt_u
  if
   local.get $0
   i32.const 1
   local.get $4
   i32.const 1
   i32.shl
   i32.sub
   local.get $0
   f64.const 1.4426950408889634
   f64.mul
   f64.const 0.5
   local.get $0
   f64.copysign
   f64.add
   i32.trunc_sat_f64_s
   local.get $3
   i32.const 1072734898
   i32.lt_u
   select
   local.tee $1
   f64.convert_i32_s
   local.tee $0
   f64.const 0.6931471803691238
   f64.mul
   f64.sub
   local.tee $2
   local.get $2
   local.get $0
   f64.const 1.9082149292705877e-10
   f64.mul
   local.tee $2
   f64.sub
   local.tee $0
   f64.sub
   local.get $2
   f64.sub
   local.set $2
  else
   local.get $3
   i32.const 1016070144
   i32.lt_u
   if
    local.get $0
    return
   end
  end
  local.get $0
  local.get $0
  f64.const 0.5
  f64.mul
  local.tee $7
  f64.mul
  local.tee $6
  local.get $6
  f64.mul
  local.set $8
  f64.const 3
  local.get $6
  f64.const -0.03333333333333313
  f64.mul
  f64.const 1
  f64.add
  local.get $8
  local.get $6
  f64.const -7.93650757867488e-05
  f64.mul
  f64.const 1.5873015872548146e-03
  f64.add
  local.get $8
  local.get $6
  f64.const -2.0109921818362437e-07
  f64.mul
  f64.const 4.008217827329362e-06
  f64.add
  f64.mul
  f64.add
  f64.mul
  f64.add
  local.tee $8
  local.get $7
  f64.mul
  f64.sub
  local.set $7
  local.get $6
  local.get $8
  local.get $7
  f64.sub
  f64.const 6
  local.get $0
  local.get $7
  f64.mul
  f64.sub
  f64.div
  f64.mul
  local.set $7
  local.get $1
  i32.eqz
  if
   local.get $0
   local.get $0
   local.get $7
   f64.mul
   local.get $6
   f64.sub
   f64.sub
   return
  end
  local.get $0
  local.get $7
  local.get $2
  f64.sub
  f64.mul
  local.get $2
  f64.sub
  local.get $6
  f64.sub
  local.set $2
  local.get $1
  i32.const -1
  i32.eq
  if
   local.get $0
   local.get $2
   f64.sub
   f64.const 0.5
   f64.mul
   f64.const -0.5
   f64.add
   return
  end
  local.get $1
  i32.const 1
  i32.eq
  if
   local.get $0
   f64.const -0.25
   f64.lt
   if
    local.get $2
    local.get $0
    f64.const 0.5
    f64.add
    f64.sub
    f64.const -2
    f64.mul
    return
   end
   local.get $0
   local.get $2
   f64.sub
   f64.const 2
   f64.mul
   f64.const 1
   f64.add
   return
  end
  local.get $1
  i64.extend_i32_s
  i64.const 1023
  i64.add
  i64.const 52
  i64.shl
  f64.reinterpret_i64
  local.set $6
  local.get $1
  i32.const 0
  i32.lt_s
  local.get $1
  i32.const 56
  i32.gt_s
  i32.or
  if
   local.get $0
   local.get $2
   f64.sub
   f64.const 1
   f64.add
   local.tee $0
   local.get $0
   f64.add
   f64.const 8988465674311579538646525e283
   f64.mul
   local.get $0
   local.get $6
   f64.mul
   local.get $1
   i32.const 1024
   i32.eq
   select
   f64.const -1
   f64.add
   return
  end
  local.get $0
  f64.const 1
  i64.const 1023
  local.get $1
  i64.extend_i32_s
  i64.sub
  i64.const 52
  i64.shl
  f64.reinterpret_i64
  local.tee $0
  f64.sub
  local.get $2
  f64.sub
  f64.const 1
  local.get $2
  local.get $0
  f64.add
  f64.sub
  local.get $1
  i32.const 20
  i32.lt_s
  select
  f64.add
  local.get $6
  f64.mul
 )
 (func $~lib/math/NativeMath.log1p (param $0 f64) (result f64)
  (local $1 f64)
  (local $2 i32)
  (local $3 i64)
  (local $4 f64)
  (local $5 i32)
  (local $6 f64)
  (local $7 f64)
  i32.const 1
  local.set $2
  local.get $0
  i64.reinterpret_f64
  i64.const 32
  i64.shr_u
  i32.wrap_i64
  local.tee $5
  i32.const 31
  i32.shr_u
  local.get $5
  i32.const 1071284858
  i32.lt_u
  i32.or
  if
   local.get $5
   i32.const -1074790400
   i32.ge_u
   if
    local.get $0
    f64.const -1
    f64.eq
    if
     local.get $0
     f64.const 0
     f64.div
     return
    end
    local.get $0
    local.get $0
    f64.sub
    f64.const 0
    f64.div
    return
   end
   local.get $5
   i32.const 1
   i32.shl
   i32.const 2034237440
   i32.lt_u
   if
    local.get $0
    return
   end
   local.get $5
   i32.const -1076707644
   i32.le_u
   if (result f64)
    i32.const 0
    local.set $2
    local.get $0
   else
    f64.const 0
   end
   local.set $1
  else
   local.get $5
   i32.const 2146435072
   i32.ge_u
   if
    local.get $0
    return
   end
  end
  local.get $2
  if
   local.get $0
   f64.const 1
   f64.add
   i64.reinterpret_f64
   local.tee $3
   i64.const 32
   i64.shr_u
   i32.wrap_i64
   i32.const 614242
   i32.add
   local.tee $5
   i32.const 20
   i32.shr_u
   i32.const 1023
   i32.sub
   local.tee $2
   i32.const 54
   i32.lt_s
   if (result f64)
    f64.const 1
    local.get $3
    f64.reinterpret_i64
    local.tee $1
    local.get $0
    f64.sub
    f64.sub
    local.get $0
    local.get $1
    f64.const -1
    f64.add
    f64.sub
    local.get $2
    i32.const 2
    i32.ge_s
    select
    local.get $1
    f64.div
   else
    f64.const 0
   end
   local.set $4
   local.get $3
   i64.const 4294967295
   i64.and
   local.get $5
   i32.const 1048575
   i32.and
   i32.const 1072079006
   i32.add
   i64.extend_i32_u
   i64.const 32
   i64.shl
   i64.or
   f64.reinterpret_i64
   f64.const -1
   f64.add
   local.set $1
  end
  local.get $1
  local.get $1
  f64.const 2
  f64.add
  f64.div
  local.tee $6
  local.get $6
  f64.mul
  local.tee $0
  local.get $0
  f64.mul
  local.set $7
  local.get $6
  local.get $1
  f64.const 0.5
  f64.mul
  local.get $1
  f64.mul
  local.tee $6
  local.get $0
  local.get $7
  local.get $7
  local.get $7
  f64.const 0.14798198605116586
  f64.mul
  f64.const 0.1818357216161805
  f64.add
  f64.mul
  f64.const 0.2857142874366239
  f64.add
  f64.mul
  f64.const 0.6666666666666735
  f64.add
  f64.mul
  local.get $7
  local.get $7
  local.get $7
  f64.const 0.15313837699209373
  f64.mul
  f64.const 0.22222198432149784
  f64.add
  f64.mul
  f64.const 0.3999999999940942
  f64.add
  f64.mul
  f64.add
  f64.add
  f64.mul
  local.get $2
  f64.convert_i32_s
  local.tee $0
  f64.const 1.9082149292705877e-10
  f64.mul
  local.get $4
  f64.add
  f64.add
  local.get $6
  f64.sub
  local.get $1
  f64.add
  local.get $0
  f64.const 0.6931471803691238
  f64.mul
  f64.add
 )
 (func $~lib/math/NativeMath.log (param $0 f64) (result f64)
  (local $1 i64)
  (local $2 i32)
  (local $3 i64)
  (local $4 f64)
  (local $5 f64)
  (local $6 f64)
  (local $7 i32)
  block $~lib/util/math/log_lut|inlined.0 (result f64)
   local.get $0
   i64.reinterpret_f64
   local.tee $1
   i64.const 4606619468846596096
   i64.sub
   i64.const 854320534781952
   i64.lt_u
   if
    local.get $0
    f64.const -1
    f64.add
    local.tee $0
    local.get $0
    f64.mul
    local.tee $4
    local.get $0
    f64.mul
    local.tee $5
    local.get $0
    f64.const -0.24999999999998432
    f64.mul
    f64.const 0.3333333333333352
    f64.add
    local.get $4
    f64.const 0.19999999999320328
    f64.mul
    f64.add
    local.get $5
    local.get $0
    f64.const 0.14285715076560868
    f64.mul
    f64.const -0.16666666669929706
    f64.add
    local.get $4
    f64.const -0.12499997863982555
    f64.mul
    f64.add
    local.get $5
    local.get $0
    f64.const -0.10000486757818193
    f64.mul
    f64.const 0.11110712032936046
    f64.add
    local.get $4
    f64.const 0.09181994006195467
    f64.mul
    f64.add
    local.get $5
    f64.const -0.08328363062289341
    f64.mul
    f64.add
    f64.mul
    f64.add
    f64.mul
    f64.add
    f64.mul
    local.get $0
    local.get $0
    local.get $0
    local.get $0
    f64.const 134217728
    f64.mul
    local.tee $4
    f64.add
    local.get $4
    f64.sub
    local.tee $4
    local.get $4
    f64.mul
    f64.const -0.5
    f64.mul
    local.tee $5
    f64.add
    local.tee $6
    f64.sub
    local.get $5
    f64.add
    local.get $0
    local.get $4
    f64.sub
    f64.const -0.5
    f64.mul
    local.get $4
    local.get $0
    f64.add
    f64.mul
    f64.add
    f64.add
    local.get $6
    f64.add
    br $~lib/util/math/log_lut|inlined.0
   end
   local.get $1
   i64.const 48
   i64.shr_u
   i32.wrap_i64
   local.tee $2
   i32.const 16
   i32.sub
   i32.const 32736
   i32.ge_u
   if
    f64.const -1
    local.get $0
    local.get $0
    f64.mul
    f64.div
    local.get $1
    i64.const 1
    i64.shl
    i64.eqz
    br_if $~lib/util/math/log_lut|inlined.0
    drop
    local.get $0
    local.get $1
    i64.const 9218868437227405312
    i64.eq
    br_if $~lib/util/math/log_lut|inlined.0
    drop
    i32.const 1
    local.get $2
    i32.const 32752
    i32.and
    i32.const 32752
    i32.eq
    local.get $2
    i32.const 32768
    i32.and
    select
    if
     local.get $0
     local.get $0
     f64.sub
     local.tee $0
     local.get $0
     f64.div
     br $~lib/util/math/log_lut|inlined.0
    end
    local.get $0
    f64.const 4503599627370496
    f64.mul
    i64.reinterpret_f64
    i64.const 234187180623265792
    i64.sub
    local.set $1
   end
   local.get $1
   i64.const 4604367669032910848
   i64.sub
   local.tee $3
   i64.const 45
   i64.shr_u
   i64.const 127
   i64.and
   i32.wrap_i64
   i32.const 4
   i32.shl
   local.tee $2
   i32.const 3072
   i32.add
   local.set $7
   local.get $3
   i64.const 52
   i64.shr_s
   f64.convert_i64_s
   local.tee $0
   f64.const 0.6931471805598903
   f64.mul
   local.get $7
   f64.load offset=8
   f64.add
   local.tee $4
   local.get $1
   local.get $3
   i64.const -4503599627370496
   i64.and
   i64.sub
   f64.reinterpret_i64
   local.get $2
   i32.const 5120
   i32.add
   local.tee $2
   f64.load
   f64.sub
   local.get $2
   f64.load offset=8
   f64.sub
   local.get $7
   f64.load
   f64.mul
   local.tee $5
   f64.add
   local.set $6
   local.get $4
   local.get $6
   f64.sub
   local.get $5
   f64.add
   local.get $0
   f64.const 5.497923018708371e-14
   f64.mul
   f64.add
   local.get $5
   local.get $5
   f64.mul
   local.tee $0
   f64.const -0.5000000000000001
   f64.mul
   f64.add
   local.get $5
   local.get $0
   f64.mul
   local.get $5
   f64.const -0.2499999999622955
   f64.mul
   f64.const 0.33333333331825593
   f64.add
   local.get $0
   local.get $5
   f64.const -0.16667054827627667
   f64.mul
   f64.const 0.20000304511814496
   f64.add
   f64.mul
   f64.add
   f64.mul
   f64.add
   local.get $6
   f64.add
  end
 )
 (func $src/kernels/wasm/assembly/scalar/erfcFraction (param $0 f64) (result f64)
  (local $1 f64)
  (local $2 f64)
  (local $3 f64)
  (local $4 i32)
  (local $5 f64)
  local.get $0
  f64.const 27.3
  f64.gt
  if
   f64.const 0
   return
  end
  local.get $0
  local.tee $1
  local.set $2
  i32.const 1
  local.set $4
  loop $for-loop|0
   local.get $4
   i32.const 500
   i32.lt_s
   if
    block $for-break0
     local.get $0
     local.get $4
     f64.convert_i32_s
     f64.const 0.5
     f64.mul
     local.tee $5
     local.get $3
     f64.mul
     f64.add
     local.tee $3
     f64.const 0
     f64.eq
     if
      f64.const 1e-300
      local.set $3
     end
     local.get $0
     local.get $5
     local.get $2
     f64.div
     f64.add
     local.tee $2
     f64.const 0
     f64.eq
     if
      f64.const 1e-300
      local.set $2
     end
     local.get $1
     local.get $2
     f64.const 1
     local.get $3
     f64.div
     local.tee $3
     f64.mul
     local.tee $5
     f64.mul
     local.set $1
     local.get $5
     f64.const -1
     f64.add
     f64.abs
     f64.const 1e-16
     f64.lt
     br_if $for-break0
     local.get $4
     i32.const 1
     i32.add
     local.set $4
     br $for-loop|0
    end
   end
  end
  local.get $0
  f64.neg
  local.get $0
  f64.mul
  call $~lib/math/NativeMath.exp
  f64.const 0.5641895835477563
  f64.mul
  local.get $1
  f64.div
 )
 (func $src/kernels/wasm/assembly/scalar/binary64 (param $0 i32) (param $1 f64) (param $2 f64) (result f64)
  (local $3 f64)
  (local $4 i64)
  (local $5 i64)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  block $case14|0
   block $case13|0
    block $case12|0
     block $case11|0
      block $case10|0
       block $case9|0
        block $case8|0
         block $case7|0
          block $case6|0
           block $case5|0
            block $case4|0
             block $case3|0
              block $case2|0
               block $case1|0
                block $case0|0
                 local.get $0
                 br_table $case0|0 $case1|0 $case2|0 $case3|0 $case4|0 $case5|0 $case6|0 $case7|0 $case8|0 $case9|0 $case10|0 $case11|0 $case12|0 $case13|0 $case14|0
                end
                local.get $1
                local.get $2
                f64.add
                return
               end
               local.get $1
               local.get $2
               f64.sub
               return
              end
              local.get $1
              local.get $2
              f64.mul
              return
             end
             local.get $1
             local.get $2
             f64.div
             return
            end
            local.get $1
            local.get $2
            call $~lib/math/NativeMath.pow
            return
           end
           local.get $1
           local.get $2
           f64.max
           return
          end
          local.get $1
          local.get $2
          f64.min
          return
         end
         local.get $2
         local.get $1
         f64.add
         local.set $3
         block $__inlined_func$~lib/math/NativeMath.atan2$1
          local.get $1
          local.get $1
          f64.ne
          local.get $2
          local.get $2
          f64.ne
          i32.or
          br_if $__inlined_func$~lib/math/NativeMath.atan2$1
          local.get $1
          i64.reinterpret_f64
          local.tee $4
          i64.const 32
          i64.shr_u
          i32.wrap_i64
          local.set $7
          local.get $2
          i64.reinterpret_f64
          local.tee $5
          i64.const 32
          i64.shr_u
          i32.wrap_i64
          local.tee $0
          i32.const 1072693248
          i32.sub
          local.get $5
          i32.wrap_i64
          local.tee $8
          i32.or
          i32.eqz
          if
           local.get $1
           call $~lib/math/NativeMath.atan
           local.set $3
           br $__inlined_func$~lib/math/NativeMath.atan2$1
          end
          local.get $0
          i32.const 30
          i32.shr_u
          i32.const 2
          i32.and
          local.get $7
          i32.const 31
          i32.shr_u
          i32.or
          local.set $6
          local.get $7
          i32.const 2147483647
          i32.and
          local.tee $7
          local.get $4
          i32.wrap_i64
          i32.or
          i32.eqz
          if
           block $break|0
            block $case3|00
             block $case2|01
              block $case0|02
               local.get $6
               br_table $case0|02 $case0|02 $case2|01 $case3|00 $break|0
              end
              local.get $1
              local.set $3
              br $__inlined_func$~lib/math/NativeMath.atan2$1
             end
             f64.const 3.141592653589793
             local.set $3
             br $__inlined_func$~lib/math/NativeMath.atan2$1
            end
            f64.const -3.141592653589793
            local.set $3
            br $__inlined_func$~lib/math/NativeMath.atan2$1
           end
          end
          block $folding-inner0
           local.get $8
           local.get $0
           i32.const 2147483647
           i32.and
           local.tee $0
           i32.or
           i32.eqz
           br_if $folding-inner0
           local.get $0
           i32.const 2146435072
           i32.eq
           if
            local.get $7
            i32.const 2146435072
            i32.eq
            if (result f64)
             f64.const 2.356194490192345
             f64.const 0.7853981633974483
             local.get $6
             i32.const 2
             i32.and
             select
             local.tee $1
             f64.neg
             local.get $1
             local.get $6
             i32.const 1
             i32.and
             select
            else
             f64.const 3.141592653589793
             f64.const 0
             local.get $6
             i32.const 2
             i32.and
             select
             local.tee $1
             f64.neg
             local.get $1
             local.get $6
             i32.const 1
             i32.and
             select
            end
            local.set $3
            br $__inlined_func$~lib/math/NativeMath.atan2$1
           end
           local.get $7
           i32.const 2146435072
           i32.eq
           local.get $0
           i32.const 67108864
           i32.add
           local.get $7
           i32.lt_u
           i32.or
           br_if $folding-inner0
           local.get $7
           i32.const 67108864
           i32.add
           local.get $0
           i32.lt_u
           i32.const 0
           local.get $6
           i32.const 2
           i32.and
           select
           if (result f64)
            f64.const 0
           else
            local.get $1
            local.get $2
            f64.div
            f64.abs
            call $~lib/math/NativeMath.atan
           end
           local.set $3
           block $break|1
            block $case3|1
             block $case2|1
              block $case1|1
               local.get $6
               br_table $__inlined_func$~lib/math/NativeMath.atan2$1 $case1|1 $case2|1 $case3|1 $break|1
              end
              local.get $3
              f64.neg
              local.set $3
              br $__inlined_func$~lib/math/NativeMath.atan2$1
             end
             f64.const 3.141592653589793
             local.get $3
             f64.const -1.2246467991473532e-16
             f64.add
             f64.sub
             local.set $3
             br $__inlined_func$~lib/math/NativeMath.atan2$1
            end
            local.get $3
            f64.const -1.2246467991473532e-16
            f64.add
            f64.const -3.141592653589793
            f64.add
            local.set $3
            br $__inlined_func$~lib/math/NativeMath.atan2$1
           end
           unreachable
          end
          f64.const -1.5707963267948966
          f64.const 1.5707963267948966
          local.get $6
          i32.const 1
          i32.and
          select
          local.set $3
         end
         local.get $3
         return
        end
        f64.const 1
        f64.const 0
        local.get $1
        local.get $2
        f64.eq
        select
        return
       end
       f64.const 1
       f64.const 0
       local.get $1
       local.get $2
       f64.ne
       select
       return
      end
      f64.const 1
      f64.const 0
      local.get $1
      local.get $2
      f64.lt
      select
      return
     end
     f64.const 1
     f64.const 0
     local.get $1
     local.get $2
     f64.le
     select
     return
    end
    f64.const 1
    f64.const 0
    local.get $1
    local.get $2
    f64.gt
    select
    return
   end
   f64.const 1
   f64.const 0
   local.get $1
   local.get $2
   f64.ge
   select
   return
  end
  f64.const nan:0x8000000000000
 )
 (func $src/kernels/wasm/assembly/index/sumExpF64 (param $0 i32) (param $1 i32) (param $2 f64) (result f64)
  (local $3 i32)
  (local $4 f64)
  loop $for-loop|0
   local.get $1
   local.get $3
   i32.gt_s
   if
    local.get $4
    local.get $0
    local.get $3
    i32.const 3
    i32.shl
    i32.add
    f64.load
    local.get $2
    f64.sub
    call $~lib/math/NativeMath.exp
    f64.add
    local.set $4
    local.get $3
    i32.const 1
    i32.add
    local.set $3
    br $for-loop|0
   end
  end
  local.get $4
 )
 (func $src/kernels/wasm/assembly/index/sumExpF32 (param $0 i32) (param $1 i32) (param $2 f32) (result f64)
  (local $3 i32)
  (local $4 i32)
  (local $5 v128)
  (local $6 v128)
  (local $7 v128)
  (local $8 v128)
  (local $9 f64)
  (local $10 v128)
  local.get $2
  f32x4.splat
  local.set $7
  loop $for-loop|0
   local.get $4
   i32.const 4
   i32.add
   local.tee $3
   local.get $1
   i32.le_s
   if
    local.get $0
    local.get $4
    i32.const 2
    i32.shl
    i32.add
    v128.load
    local.get $7
    f32x4.sub
    v128.const i32x4 0x42b20000 0x42b20000 0x42b20000 0x42b20000
    f32x4.min
    v128.const i32x4 0xc2d00000 0xc2d00000 0xc2d00000 0xc2d00000
    f32x4.max
    local.tee $5
    v128.const i32x4 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b
    f32x4.mul
    f32x4.nearest
    local.set $6
    local.get $10
    v128.const i32x4 0x39506967 0x39506967 0x39506967 0x39506967
    local.get $5
    local.get $6
    v128.const i32x4 0x3f318000 0x3f318000 0x3f318000 0x3f318000
    f32x4.mul
    f32x4.sub
    local.get $6
    v128.const i32x4 0xb95e8083 0xb95e8083 0xb95e8083 0xb95e8083
    f32x4.mul
    f32x4.sub
    local.tee $5
    f32x4.mul
    v128.const i32x4 0x3ab743ce 0x3ab743ce 0x3ab743ce 0x3ab743ce
    f32x4.add
    local.get $5
    f32x4.mul
    v128.const i32x4 0x3c088908 0x3c088908 0x3c088908 0x3c088908
    f32x4.add
    local.get $5
    f32x4.mul
    v128.const i32x4 0x3d2aa9c1 0x3d2aa9c1 0x3d2aa9c1 0x3d2aa9c1
    f32x4.add
    local.get $5
    f32x4.mul
    v128.const i32x4 0x3e2aaaaa 0x3e2aaaaa 0x3e2aaaaa 0x3e2aaaaa
    f32x4.add
    local.get $5
    f32x4.mul
    v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
    f32x4.add
    local.get $5
    local.get $5
    f32x4.mul
    f32x4.mul
    local.get $5
    f32x4.add
    v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
    f32x4.add
    local.get $6
    i32x4.trunc_sat_f32x4_s
    local.tee $6
    i32.const 1
    i32x4.shr_s
    local.tee $5
    v128.const i32x4 0x0000007f 0x0000007f 0x0000007f 0x0000007f
    i32x4.add
    i32.const 23
    i32x4.shl
    f32x4.mul
    local.get $6
    local.get $5
    i32x4.sub
    v128.const i32x4 0x0000007f 0x0000007f 0x0000007f 0x0000007f
    i32x4.add
    i32.const 23
    i32x4.shl
    f32x4.mul
    local.tee $5
    f64x2.promote_low_f32x4
    f64x2.add
    local.set $10
    local.get $8
    local.get $5
    local.get $5
    i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7
    f64x2.promote_low_f32x4
    f64x2.add
    local.set $8
    local.get $3
    local.set $4
    br $for-loop|0
   end
  end
  local.get $10
  local.get $8
  f64x2.add
  local.tee $5
  f64x2.extract_lane 0
  local.get $5
  f64x2.extract_lane 1
  f64.add
  local.set $9
  loop $for-loop|1
   local.get $1
   local.get $4
   i32.gt_s
   if
    local.get $0
    local.get $4
    i32.const 2
    i32.shl
    i32.add
    f32.load
    local.get $2
    f32.sub
    f32x4.splat
    v128.const i32x4 0x42b20000 0x42b20000 0x42b20000 0x42b20000
    f32x4.min
    v128.const i32x4 0xc2d00000 0xc2d00000 0xc2d00000 0xc2d00000
    f32x4.max
    local.tee $5
    v128.const i32x4 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b
    f32x4.mul
    f32x4.nearest
    local.set $6
    local.get $9
    v128.const i32x4 0x39506967 0x39506967 0x39506967 0x39506967
    local.get $5
    local.get $6
    v128.const i32x4 0x3f318000 0x3f318000 0x3f318000 0x3f318000
    f32x4.mul
    f32x4.sub
    local.get $6
    v128.const i32x4 0xb95e8083 0xb95e8083 0xb95e8083 0xb95e8083
    f32x4.mul
    f32x4.sub
    local.tee $5
    f32x4.mul
    v128.const i32x4 0x3ab743ce 0x3ab743ce 0x3ab743ce 0x3ab743ce
    f32x4.add
    local.get $5
    f32x4.mul
    v128.const i32x4 0x3c088908 0x3c088908 0x3c088908 0x3c088908
    f32x4.add
    local.get $5
    f32x4.mul
    v128.const i32x4 0x3d2aa9c1 0x3d2aa9c1 0x3d2aa9c1 0x3d2aa9c1
    f32x4.add
    local.get $5
    f32x4.mul
    v128.const i32x4 0x3e2aaaaa 0x3e2aaaaa 0x3e2aaaaa 0x3e2aaaaa
    f32x4.add
    local.get $5
    f32x4.mul
    v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
    f32x4.add
    local.get $5
    local.get $5
    f32x4.mul
    f32x4.mul
    local.get $5
    f32x4.add
    v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
    f32x4.add
    local.get $6
    i32x4.trunc_sat_f32x4_s
    local.tee $6
    i32.const 1
    i32x4.shr_s
    local.tee $5
    v128.const i32x4 0x0000007f 0x0000007f 0x0000007f 0x0000007f
    i32x4.add
    i32.const 23
    i32x4.shl
    f32x4.mul
    local.get $6
    local.get $5
    i32x4.sub
    v128.const i32x4 0x0000007f 0x0000007f 0x0000007f 0x0000007f
    i32x4.add
    i32.const 23
    i32x4.shl
    f32x4.mul
    f32x4.extract_lane 0
    f64.promote_f32
    f64.add
    local.set $9
    local.get $4
    i32.const 1
    i32.add
    local.set $4
    br $for-loop|1
   end
  end
  local.get $9
 )
 (func $~lib/math/pio2_large_quot (param $0 i64) (result i32)
  (local $1 i64)
  (local $2 i64)
  (local $3 i64)
  (local $4 i32)
  (local $5 f64)
  (local $6 i64)
  (local $7 i64)
  (local $8 i64)
  (local $9 i64)
  (local $10 i64)
  (local $11 i64)
  (local $12 i64)
  local.get $0
  i64.const 9223372036854775807
  i64.and
  i64.const 52
  i64.shr_u
  i64.const 1045
  i64.sub
  local.tee $1
  i64.const 63
  i64.and
  local.set $6
  local.get $1
  i64.const 6
  i64.shr_s
  i32.wrap_i64
  i32.const 3
  i32.shl
  i32.const 9216
  i32.add
  local.tee $4
  i64.load
  local.set $3
  local.get $4
  i64.load offset=8
  local.set $2
  local.get $4
  i64.load offset=16
  local.set $1
  local.get $6
  i64.const 0
  i64.ne
  if
   local.get $3
   local.get $6
   i64.shl
   local.get $2
   i64.const 64
   local.get $6
   i64.sub
   local.tee $7
   i64.shr_u
   i64.or
   local.set $3
   local.get $2
   local.get $6
   i64.shl
   local.get $1
   local.get $7
   i64.shr_u
   i64.or
   local.set $2
   local.get $1
   local.get $6
   i64.shl
   local.get $4
   i64.load offset=24
   local.get $7
   i64.shr_u
   i64.or
   local.set $1
  end
  local.get $0
  i64.const 4503599627370495
  i64.and
  i64.const 4503599627370496
  i64.or
  local.tee $6
  i64.const 4294967295
  i64.and
  local.set $7
  local.get $6
  i64.const 32
  i64.shr_u
  local.tee $8
  local.get $2
  i64.const 4294967295
  i64.and
  local.tee $9
  i64.mul
  local.get $2
  i64.const 32
  i64.shr_u
  local.tee $2
  local.get $7
  i64.mul
  local.get $7
  local.get $9
  i64.mul
  local.tee $7
  i64.const 32
  i64.shr_u
  i64.add
  local.tee $9
  i64.const 4294967295
  i64.and
  i64.add
  local.set $10
  local.get $2
  local.get $8
  i64.mul
  local.get $9
  i64.const 32
  i64.shr_u
  i64.add
  local.get $10
  i64.const 32
  i64.shr_u
  i64.add
  global.set $~lib/math/res128_hi
  local.get $8
  local.get $1
  i64.const 32
  i64.shr_u
  i64.mul
  local.tee $1
  local.get $7
  i64.const 4294967295
  i64.and
  local.get $10
  i64.const 32
  i64.shl
  i64.add
  i64.add
  local.tee $2
  local.get $1
  i64.lt_u
  i64.extend_i32_u
  global.get $~lib/math/res128_hi
  local.get $3
  local.get $6
  i64.mul
  i64.add
  i64.add
  local.tee $3
  i64.const 2
  i64.shl
  local.get $2
  i64.const 62
  i64.shr_u
  i64.or
  local.tee $6
  i64.const 63
  i64.shr_s
  local.tee $7
  local.get $2
  i64.const 2
  i64.shl
  i64.xor
  local.set $8
  local.get $6
  local.get $7
  i64.const 1
  i64.shr_s
  i64.xor
  local.tee $1
  i64.clz
  local.set $9
  local.get $1
  local.get $9
  i64.shl
  local.get $8
  i64.const 64
  local.get $9
  i64.sub
  i64.shr_u
  i64.or
  local.tee $10
  i64.const 4294967295
  i64.and
  local.set $2
  local.get $10
  i64.const 32
  i64.shr_u
  local.tee $1
  i64.const 560513588
  i64.mul
  local.get $2
  i64.const 3373259426
  i64.mul
  local.get $2
  i64.const 560513588
  i64.mul
  local.tee $11
  i64.const 32
  i64.shr_u
  i64.add
  local.tee $2
  i64.const 4294967295
  i64.and
  i64.add
  local.set $12
  local.get $1
  i64.const 3373259426
  i64.mul
  local.get $2
  i64.const 32
  i64.shr_u
  i64.add
  local.get $12
  i64.const 32
  i64.shr_u
  i64.add
  global.set $~lib/math/res128_hi
  local.get $10
  f64.convert_i64_u
  f64.const 3.753184150245214e-04
  f64.mul
  local.get $8
  local.get $9
  i64.shl
  f64.convert_i64_u
  f64.const 3.834951969714103e-04
  f64.mul
  f64.add
  i64.trunc_sat_f64_u
  local.tee $1
  local.get $11
  i64.const 4294967295
  i64.and
  local.get $12
  i64.const 32
  i64.shl
  i64.add
  local.tee $2
  i64.gt_u
  i64.extend_i32_u
  global.get $~lib/math/res128_hi
  local.tee $8
  i64.const 11
  i64.shr_u
  i64.add
  f64.convert_i64_u
  global.set $~lib/math/rempio2_y0
  local.get $8
  i64.const 53
  i64.shl
  local.get $2
  i64.const 11
  i64.shr_u
  i64.or
  local.get $1
  i64.add
  f64.convert_i64_u
  f64.const 5.421010862427522e-20
  f64.mul
  global.set $~lib/math/rempio2_y1
  global.get $~lib/math/rempio2_y0
  i64.const 4372995238176751616
  local.get $9
  i64.const 52
  i64.shl
  i64.sub
  local.get $0
  local.get $6
  i64.xor
  i64.const -9223372036854775808
  i64.and
  i64.or
  f64.reinterpret_i64
  local.tee $5
  f64.mul
  global.set $~lib/math/rempio2_y0
  global.get $~lib/math/rempio2_y1
  local.get $5
  f64.mul
  global.set $~lib/math/rempio2_y1
  local.get $3
  i64.const 62
  i64.shr_s
  local.get $7
  i64.sub
  i32.wrap_i64
 )
 (func $~lib/math/NativeMath.atan (param $0 f64) (result f64)
  (local $1 f64)
  (local $2 i32)
  (local $3 i32)
  (local $4 f64)
  (local $5 f64)
  local.get $0
  local.set $1
  local.get $0
  i64.reinterpret_f64
  i64.const 32
  i64.shr_u
  i32.wrap_i64
  i32.const 2147483647
  i32.and
  local.tee $2
  i32.const 1141899264
  i32.ge_u
  if
   local.get $0
   local.get $0
   f64.ne
   if
    local.get $0
    return
   end
   f64.const 1.5707963267948966
   local.get $1
   f64.copysign
   return
  end
  local.get $2
  i32.const 1071382528
  i32.lt_u
  if
   local.get $2
   i32.const 1044381696
   i32.lt_u
   if
    local.get $0
    return
   end
   i32.const -1
   local.set $3
  else
   local.get $0
   f64.abs
   local.set $0
   local.get $2
   i32.const 1072889856
   i32.lt_u
   if (result f64)
    local.get $2
    i32.const 1072037888
    i32.lt_u
    if (result f64)
     local.get $0
     local.get $0
     f64.add
     f64.const -1
     f64.add
     local.get $0
     f64.const 2
     f64.add
     f64.div
    else
     i32.const 1
     local.set $3
     local.get $0
     f64.const -1
     f64.add
     local.get $0
     f64.const 1
     f64.add
     f64.div
    end
   else
    local.get $2
    i32.const 1073971200
    i32.lt_u
    if (result f64)
     i32.const 2
     local.set $3
     local.get $0
     f64.const -1.5
     f64.add
     local.get $0
     f64.const 1.5
     f64.mul
     f64.const 1
     f64.add
     f64.div
    else
     i32.const 3
     local.set $3
     f64.const -1
     local.get $0
     f64.div
    end
   end
   local.set $0
  end
  local.get $0
  local.get $0
  f64.mul
  local.tee $5
  local.get $5
  f64.mul
  local.set $4
  local.get $0
  local.get $5
  local.get $4
  local.get $4
  local.get $4
  local.get $4
  local.get $4
  f64.const 0.016285820115365782
  f64.mul
  f64.const 0.049768779946159324
  f64.add
  f64.mul
  f64.const 0.06661073137387531
  f64.add
  f64.mul
  f64.const 0.09090887133436507
  f64.add
  f64.mul
  f64.const 0.14285714272503466
  f64.add
  f64.mul
  f64.const 0.3333333333333293
  f64.add
  f64.mul
  local.get $4
  local.get $4
  local.get $4
  local.get $4
  local.get $4
  f64.const -0.036531572744216916
  f64.mul
  f64.const -0.058335701337905735
  f64.add
  f64.mul
  f64.const -0.0769187620504483
  f64.add
  f64.mul
  f64.const -0.11111110405462356
  f64.add
  f64.mul
  f64.const -0.19999999999876483
  f64.add
  f64.mul
  f64.add
  f64.mul
  local.set $4
  local.get $3
  i32.const 0
  i32.lt_s
  if
   local.get $0
   local.get $4
   f64.sub
   return
  end
  block $break|0 (result f64)
   block $case3|0
    block $case2|0
     block $case1|0
      block $case0|0
       block $tablify|0
        local.get $3
        br_table $case0|0 $case1|0 $case2|0 $case3|0 $tablify|0
       end
       unreachable
      end
      f64.const 0.4636476090008061
      local.get $4
      f64.const -2.2698777452961687e-17
      f64.add
      local.get $0
      f64.sub
      f64.sub
      br $break|0
     end
     f64.const 0.7853981633974483
     local.get $4
     f64.const -3.061616997868383e-17
     f64.add
     local.get $0
     f64.sub
     f64.sub
     br $break|0
    end
    f64.const 0.982793723247329
    local.get $4
    f64.const -1.3903311031230998e-17
    f64.add
    local.get $0
    f64.sub
    f64.sub
    br $break|0
   end
   f64.const 1.5707963267948966
   local.get $4
   f64.const -6.123233995736766e-17
   f64.add
   local.get $0
   f64.sub
   f64.sub
  end
  local.get $1
  f64.copysign
 )
 (func $src/kernels/wasm/assembly/scalar/unary64 (param $0 i32) (param $1 f64) (result f64)
  (local $2 i64)
  (local $3 i32)
  (local $4 i32)
  (local $5 f64)
  (local $6 f64)
  (local $7 f64)
  (local $8 f64)
  (local $9 f64)
  block $case25|0
   block $case24|0
    block $case23|0
     block $case22|0
      block $case21|0
       block $case20|0
        block $case19|0
         block $case18|0
          block $case17|0
           block $case16|0
            block $case15|0
             block $case14|0
              block $case13|0
               block $case12|0
                block $case11|0
                 block $case10|0
                  block $case9|0
                   block $case8|0
                    block $case7|0
                     block $case6|0
                      block $case5|0
                       block $case4|0
                        block $case3|0
                         block $case2|0
                          block $case1|0
                           block $case0|0
                            local.get $0
                            br_table $case0|0 $case1|0 $case2|0 $case3|0 $case4|0 $case5|0 $case6|0 $case7|0 $case8|0 $case9|0 $case10|0 $case11|0 $case12|0 $case13|0 $case14|0 $case15|0 $case16|0 $case17|0 $case18|0 $case19|0 $case20|0 $case21|0 $case22|0 $case23|0 $case24|0 $case25|0
                           end
                           local.get $1
                           f64.neg
                           return
                          end
                          local.get $1
                          f64.abs
                          return
                         end
                         local.get $1
                         f64.const 0
                         f64.gt
                         if (result f64)
                          f64.const 1
                         else
                          f64.const -1
                          f64.const 0
                          local.get $1
                          f64.const 0
                          f64.lt
                          select
                         end
                         return
                        end
                        local.get $1
                        call $~lib/math/NativeMath.exp
                        return
                       end
                       local.get $1
                       call $~lib/math/NativeMath.expm1
                       return
                      end
                      local.get $1
                      call $~lib/math/NativeMath.log
                      return
                     end
                     local.get $1
                     call $~lib/math/NativeMath.log1p
                     return
                    end
                    local.get $1
                    call $~lib/math/NativeMath.log2
                    return
                   end
                   block $__inlined_func$~lib/math/NativeMath.log10 (result f64)
                    local.get $1
                    i64.reinterpret_f64
                    local.tee $2
                    i64.const 32
                    i64.shr_u
                    i32.wrap_i64
                    local.tee $0
                    i32.const 31
                    i32.shr_u
                    local.tee $3
                    local.get $0
                    i32.const 1048576
                    i32.lt_u
                    i32.or
                    if
                     f64.const -1
                     local.get $1
                     local.get $1
                     f64.mul
                     f64.div
                     local.get $2
                     i64.const 1
                     i64.shl
                     i64.eqz
                     br_if $__inlined_func$~lib/math/NativeMath.log10
                     drop
                     local.get $1
                     local.get $1
                     f64.sub
                     f64.const 0
                     f64.div
                     local.get $3
                     br_if $__inlined_func$~lib/math/NativeMath.log10
                     drop
                     i32.const -54
                     local.set $4
                     local.get $1
                     f64.const 18014398509481984
                     f64.mul
                     i64.reinterpret_f64
                     local.tee $2
                     i64.const 32
                     i64.shr_u
                     i32.wrap_i64
                     local.set $0
                    else
                     local.get $0
                     i32.const 2146435072
                     i32.ge_u
                     if
                      local.get $1
                      br $__inlined_func$~lib/math/NativeMath.log10
                     else
                      f64.const 0
                      local.get $2
                      i64.const 32
                      i64.shl
                      i64.eqz
                      local.get $0
                      i32.const 1072693248
                      i32.eq
                      i32.and
                      br_if $__inlined_func$~lib/math/NativeMath.log10
                      drop
                     end
                    end
                    local.get $2
                    i64.const 4294967295
                    i64.and
                    local.get $0
                    i32.const 614242
                    i32.add
                    local.tee $0
                    i32.const 1048575
                    i32.and
                    i32.const 1072079006
                    i32.add
                    i64.extend_i32_u
                    i64.const 32
                    i64.shl
                    i64.or
                    f64.reinterpret_i64
                    f64.const -1
                    f64.add
                    local.tee $1
                    f64.const 0.5
                    f64.mul
                    local.get $1
                    f64.mul
                    local.set $5
                    local.get $1
                    local.get $1
                    f64.const 2
                    f64.add
                    f64.div
                    local.tee $6
                    local.get $6
                    f64.mul
                    local.tee $7
                    local.get $7
                    f64.mul
                    local.set $8
                    local.get $1
                    local.get $1
                    local.get $5
                    f64.sub
                    i64.reinterpret_f64
                    i64.const -4294967296
                    i64.and
                    f64.reinterpret_i64
                    local.tee $9
                    f64.sub
                    local.get $5
                    f64.sub
                    local.get $6
                    local.get $5
                    local.get $7
                    local.get $8
                    local.get $8
                    local.get $8
                    f64.const 0.14798198605116586
                    f64.mul
                    f64.const 0.1818357216161805
                    f64.add
                    f64.mul
                    f64.const 0.2857142874366239
                    f64.add
                    f64.mul
                    f64.const 0.6666666666666735
                    f64.add
                    f64.mul
                    local.get $8
                    local.get $8
                    local.get $8
                    f64.const 0.15313837699209373
                    f64.mul
                    f64.const 0.22222198432149784
                    f64.add
                    f64.mul
                    f64.const 0.3999999999940942
                    f64.add
                    f64.mul
                    f64.add
                    f64.add
                    f64.mul
                    f64.add
                    local.set $5
                    local.get $4
                    local.get $0
                    i32.const 20
                    i32.shr_u
                    i32.const 1023
                    i32.sub
                    i32.add
                    f64.convert_i32_s
                    local.tee $6
                    f64.const 0.30102999566361177
                    f64.mul
                    local.tee $7
                    local.get $9
                    f64.const 0.4342944818781689
                    f64.mul
                    local.tee $8
                    f64.add
                    local.set $1
                    local.get $6
                    f64.const 3.694239077158931e-13
                    f64.mul
                    local.get $5
                    local.get $9
                    f64.add
                    f64.const 2.5082946711645275e-11
                    f64.mul
                    f64.add
                    local.get $5
                    f64.const 0.4342944818781689
                    f64.mul
                    f64.add
                    local.get $7
                    local.get $1
                    f64.sub
                    local.get $8
                    f64.add
                    f64.add
                    local.get $1
                    f64.add
                   end
                   return
                  end
                  local.get $1
                  f64.sqrt
                  return
                 end
                 f64.const 1
                 local.get $1
                 f64.sqrt
                 f64.div
                 return
                end
                local.get $1
                call $~lib/math/NativeMath.sin
                return
               end
               local.get $1
               call $~lib/math/NativeMath.cos
               return
              end
              local.get $1
              i64.reinterpret_f64
              i64.const 9223372036854775807
              i64.and
              local.tee $2
              f64.reinterpret_i64
              local.set $5
              local.get $2
              i64.const 32
              i64.shr_u
              i32.wrap_i64
              local.tee $0
              i32.const 1071748074
              i32.gt_u
              if (result f64)
               local.get $0
               i32.const 1077149696
               i32.gt_u
               if (result f64)
                f64.const 1
                f64.const 0
                local.get $5
                f64.div
                f64.sub
               else
                f64.const 1
                f64.const 2
                local.get $5
                local.get $5
                f64.add
                call $~lib/math/NativeMath.expm1
                f64.const 2
                f64.add
                f64.div
                f64.sub
               end
              else
               local.get $0
               i32.const 1070618798
               i32.gt_u
               if (result f64)
                local.get $5
                local.get $5
                f64.add
                call $~lib/math/NativeMath.expm1
                local.tee $5
                local.get $5
                f64.const 2
                f64.add
                f64.div
               else
                local.get $0
                i32.const 1048576
                i32.ge_u
                if (result f64)
                 local.get $5
                 f64.const -2
                 f64.mul
                 call $~lib/math/NativeMath.expm1
                 local.tee $5
                 f64.neg
                 local.get $5
                 f64.const 2
                 f64.add
                 f64.div
                else
                 local.get $5
                end
               end
              end
              local.get $1
              f64.copysign
              return
             end
             local.get $1
             call $src/kernels/wasm/assembly/scalar/erf64
             return
            end
            local.get $1
            call $src/kernels/wasm/assembly/scalar/erfc64
            return
           end
           f64.const 1
           local.get $1
           f64.div
           return
          end
          local.get $1
          local.get $1
          f64.mul
          return
         end
         f64.const 1
         local.get $1
         f64.neg
         call $~lib/math/NativeMath.exp
         f64.const 1
         f64.add
         f64.div
         return
        end
        local.get $1
        f64.const 0
        f64.min
        local.get $1
        f64.abs
        f64.neg
        call $~lib/math/NativeMath.exp
        call $~lib/math/NativeMath.log1p
        f64.sub
        return
       end
       f64.const 0
       local.get $1
       local.get $1
       f64.const 0
       f64.lt
       select
       return
      end
      local.get $1
      f64.const 20
      f64.gt
      if (result f64)
       local.get $1
      else
       local.get $1
       call $~lib/math/NativeMath.exp
       call $~lib/math/NativeMath.log1p
      end
      return
     end
     local.get $1
     f64.const 0.7071067811865476
     f64.mul
     local.set $5
     local.get $1
     f64.const 0
     f64.lt
     if (result f64)
      local.get $1
      f64.const 0.5
      f64.mul
      local.get $5
      f64.neg
      call $src/kernels/wasm/assembly/scalar/erfc64
      f64.mul
     else
      local.get $1
      f64.const 0.5
      f64.mul
      local.get $5
      call $src/kernels/wasm/assembly/scalar/erf64
      f64.const 1
      f64.add
      f64.mul
     end
     return
    end
    local.get $1
    local.get $1
    local.get $1
    f64.const 0.044715
    f64.mul
    local.get $1
    f64.mul
    local.get $1
    f64.mul
    f64.add
    f64.const 0.7978845608028654
    f64.mul
    f64.const -2
    f64.mul
    call $~lib/math/NativeMath.exp
    f64.const 1
    f64.add
    f64.div
    return
   end
   local.get $1
   local.get $1
   f64.neg
   call $~lib/math/NativeMath.exp
   f64.const 1
   f64.add
   f64.div
   return
  end
  f64.const nan:0x8000000000000
 )
 (func $src/kernels/wasm/assembly/scalar/erfc64 (param $0 f64) (result f64)
  local.get $0
  local.get $0
  f64.ne
  if
   local.get $0
   return
  end
  local.get $0
  f64.const 2.5
  f64.ge
  if
   local.get $0
   call $src/kernels/wasm/assembly/scalar/erfcFraction
   return
  end
  local.get $0
  f64.const -2.5
  f64.le
  if
   f64.const 2
   local.get $0
   f64.neg
   call $src/kernels/wasm/assembly/scalar/erfcFraction
   f64.sub
   return
  end
  f64.const 1
  local.get $0
  call $src/kernels/wasm/assembly/scalar/erfSeries
  f64.sub
 )
 (func $src/kernels/wasm/assembly/scalar/erfSeries (param $0 f64) (result f64)
  (local $1 f64)
  (local $2 f64)
  (local $3 i32)
  local.get $0
  local.get $0
  f64.mul
  local.set $2
  local.get $0
  local.set $1
  loop $for-loop|0
   local.get $3
   i32.const 200
   i32.lt_s
   if
    block $for-break0
     local.get $0
     local.get $1
     local.get $2
     local.get $2
     f64.add
     local.get $3
     f64.convert_i32_s
     f64.const 2
     f64.mul
     f64.const 3
     f64.add
     f64.div
     f64.mul
     local.tee $1
     f64.add
     local.set $0
     local.get $1
     f64.abs
     local.get $0
     f64.abs
     f64.const 1e-17
     f64.mul
     f64.lt
     br_if $for-break0
     local.get $3
     i32.const 1
     i32.add
     local.set $3
     br $for-loop|0
    end
   end
  end
  local.get $2
  f64.neg
  call $~lib/math/NativeMath.exp
  f64.const 1.1283791670955126
  f64.mul
  local.get $0
  f64.mul
 )
 (func $src/kernels/wasm/assembly/scalar/erf64 (param $0 f64) (result f64)
  (local $1 f64)
  local.get $0
  local.get $0
  f64.ne
  if
   local.get $0
   return
  end
  local.get $0
  f64.abs
  local.tee $1
  f64.const 2.5
  f64.lt
  if
   local.get $0
   call $src/kernels/wasm/assembly/scalar/erfSeries
   return
  end
  f64.const 1
  local.get $1
  call $src/kernels/wasm/assembly/scalar/erfcFraction
  f64.sub
  local.tee $1
  f64.neg
  local.get $1
  local.get $0
  f64.const 0
  f64.lt
  select
 )
 (func $src/kernels/wasm/assembly/index/sumF32 (param $0 i32) (param $1 i32) (result f64)
  (local $2 i32)
  (local $3 i32)
  (local $4 v128)
  (local $5 v128)
  (local $6 f64)
  (local $7 v128)
  (local $8 v128)
  (local $9 v128)
  loop $for-loop|0
   local.get $2
   i32.const 8
   i32.add
   local.tee $3
   local.get $1
   i32.le_s
   if
    local.get $7
    local.get $0
    local.get $2
    i32.const 2
    i32.shl
    i32.add
    local.tee $2
    v128.load
    local.tee $4
    f64x2.promote_low_f32x4
    f64x2.add
    local.set $7
    local.get $8
    local.get $4
    local.get $4
    i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7
    f64x2.promote_low_f32x4
    f64x2.add
    local.set $8
    local.get $9
    local.get $2
    v128.load offset=16
    local.tee $4
    f64x2.promote_low_f32x4
    f64x2.add
    local.set $9
    local.get $5
    local.get $4
    local.get $4
    i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7
    f64x2.promote_low_f32x4
    f64x2.add
    local.set $5
    local.get $3
    local.set $2
    br $for-loop|0
   end
  end
  local.get $7
  local.get $8
  f64x2.add
  local.get $9
  local.get $5
  f64x2.add
  f64x2.add
  local.tee $4
  f64x2.extract_lane 0
  local.get $4
  f64x2.extract_lane 1
  f64.add
  local.set $6
  loop $for-loop|1
   local.get $1
   local.get $2
   i32.gt_s
   if
    local.get $6
    local.get $0
    local.get $2
    i32.const 2
    i32.shl
    i32.add
    f32.load
    f64.promote_f32
    f64.add
    local.set $6
    local.get $2
    i32.const 1
    i32.add
    local.set $2
    br $for-loop|1
   end
  end
  local.get $6
 )
 (func $src/kernels/wasm/assembly/index/softmaxApplyF64 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 f64) (param $4 f64)
  (local $5 i32)
  (local $6 i32)
  loop $for-loop|0
   local.get $2
   local.get $5
   i32.gt_s
   if
    local.get $5
    i32.const 3
    i32.shl
    local.tee $6
    local.get $1
    i32.add
    local.get $0
    local.get $6
    i32.add
    f64.load
    local.get $3
    f64.sub
    call $~lib/math/NativeMath.exp
    local.get $4
    f64.mul
    f64.store
    local.get $5
    i32.const 1
    i32.add
    local.set $5
    br $for-loop|0
   end
  end
 )
 (func $src/kernels/wasm/assembly/index/softmaxApplyF32 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 f32) (param $4 f64)
  (local $5 i32)
  (local $6 i32)
  (local $7 v128)
  (local $8 v128)
  (local $9 v128)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 f32)
  (local $15 f64)
  local.get $3
  f32x4.splat
  local.set $11
  local.get $4
  f64x2.splat
  local.set $10
  loop $for-loop|0
   local.get $6
   i32.const 4
   i32.add
   local.tee $5
   local.get $2
   i32.le_s
   if
    local.get $6
    i32.const 2
    i32.shl
    local.tee $6
    local.get $0
    i32.add
    v128.load
    local.tee $13
    local.get $11
    f32x4.sub
    local.tee $12
    local.get $13
    f32x4.sub
    local.set $9
    local.get $12
    v128.const i32x4 0x42b20000 0x42b20000 0x42b20000 0x42b20000
    f32x4.min
    v128.const i32x4 0xc2d00000 0xc2d00000 0xc2d00000 0xc2d00000
    f32x4.max
    local.tee $7
    v128.const i32x4 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b
    f32x4.mul
    f32x4.nearest
    local.set $8
    local.get $1
    local.get $6
    i32.add
    v128.const i32x4 0x39506967 0x39506967 0x39506967 0x39506967
    local.get $7
    local.get $8
    v128.const i32x4 0x3f318000 0x3f318000 0x3f318000 0x3f318000
    f32x4.mul
    f32x4.sub
    local.get $8
    v128.const i32x4 0xb95e8083 0xb95e8083 0xb95e8083 0xb95e8083
    f32x4.mul
    f32x4.sub
    local.tee $7
    f32x4.mul
    v128.const i32x4 0x3ab743ce 0x3ab743ce 0x3ab743ce 0x3ab743ce
    f32x4.add
    local.get $7
    f32x4.mul
    v128.const i32x4 0x3c088908 0x3c088908 0x3c088908 0x3c088908
    f32x4.add
    local.get $7
    f32x4.mul
    v128.const i32x4 0x3d2aa9c1 0x3d2aa9c1 0x3d2aa9c1 0x3d2aa9c1
    f32x4.add
    local.get $7
    f32x4.mul
    v128.const i32x4 0x3e2aaaaa 0x3e2aaaaa 0x3e2aaaaa 0x3e2aaaaa
    f32x4.add
    local.get $7
    f32x4.mul
    v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
    f32x4.add
    local.get $7
    local.get $7
    f32x4.mul
    f32x4.mul
    local.get $7
    f32x4.add
    v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
    f32x4.add
    local.get $8
    i32x4.trunc_sat_f32x4_s
    local.tee $8
    i32.const 1
    i32x4.shr_s
    local.tee $7
    v128.const i32x4 0x0000007f 0x0000007f 0x0000007f 0x0000007f
    i32x4.add
    i32.const 23
    i32x4.shl
    f32x4.mul
    local.get $8
    local.get $7
    i32x4.sub
    v128.const i32x4 0x0000007f 0x0000007f 0x0000007f 0x0000007f
    i32x4.add
    i32.const 23
    i32x4.shl
    f32x4.mul
    v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
    local.get $13
    local.get $12
    local.get $9
    f32x4.sub
    f32x4.sub
    local.get $11
    local.get $9
    f32x4.add
    f32x4.sub
    f32x4.add
    f32x4.mul
    local.tee $7
    f64x2.promote_low_f32x4
    local.get $10
    f64x2.mul
    f32x4.demote_f64x2_zero
    local.get $7
    local.get $7
    i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7
    f64x2.promote_low_f32x4
    local.get $10
    f64x2.mul
    f32x4.demote_f64x2_zero
    i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
    v128.store
    local.get $5
    local.set $6
    br $for-loop|0
   end
  end
  loop $for-loop|1
   local.get $2
   local.get $6
   i32.gt_s
   if
    local.get $6
    i32.const 2
    i32.shl
    local.tee $5
    local.get $0
    i32.add
    f32.load
    f64.promote_f32
    local.get $3
    f64.promote_f32
    f64.sub
    local.tee $15
    f32.demote_f64
    local.tee $14
    f32x4.splat
    v128.const i32x4 0x42b20000 0x42b20000 0x42b20000 0x42b20000
    f32x4.min
    v128.const i32x4 0xc2d00000 0xc2d00000 0xc2d00000 0xc2d00000
    f32x4.max
    local.tee $7
    v128.const i32x4 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b
    f32x4.mul
    f32x4.nearest
    local.set $8
    local.get $1
    local.get $5
    i32.add
    v128.const i32x4 0x39506967 0x39506967 0x39506967 0x39506967
    local.get $7
    local.get $8
    v128.const i32x4 0x3f318000 0x3f318000 0x3f318000 0x3f318000
    f32x4.mul
    f32x4.sub
    local.get $8
    v128.const i32x4 0xb95e8083 0xb95e8083 0xb95e8083 0xb95e8083
    f32x4.mul
    f32x4.sub
    local.tee $7
    f32x4.mul
    v128.const i32x4 0x3ab743ce 0x3ab743ce 0x3ab743ce 0x3ab743ce
    f32x4.add
    local.get $7
    f32x4.mul
    v128.const i32x4 0x3c088908 0x3c088908 0x3c088908 0x3c088908
    f32x4.add
    local.get $7
    f32x4.mul
    v128.const i32x4 0x3d2aa9c1 0x3d2aa9c1 0x3d2aa9c1 0x3d2aa9c1
    f32x4.add
    local.get $7
    f32x4.mul
    v128.const i32x4 0x3e2aaaaa 0x3e2aaaaa 0x3e2aaaaa 0x3e2aaaaa
    f32x4.add
    local.get $7
    f32x4.mul
    v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
    f32x4.add
    local.get $7
    local.get $7
    f32x4.mul
    f32x4.mul
    local.get $7
    f32x4.add
    v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
    f32x4.add
    local.get $8
    i32x4.trunc_sat_f32x4_s
    local.tee $8
    i32.const 1
    i32x4.shr_s
    local.tee $7
    v128.const i32x4 0x0000007f 0x0000007f 0x0000007f 0x0000007f
    i32x4.add
    i32.const 23
    i32x4.shl
    f32x4.mul
    local.get $8
    local.get $7
    i32x4.sub
    v128.const i32x4 0x0000007f 0x0000007f 0x0000007f 0x0000007f
    i32x4.add
    i32.const 23
    i32x4.shl
    f32x4.mul
    f32x4.extract_lane 0
    f64.promote_f32
    local.get $15
    local.get $14
    f64.promote_f32
    f64.sub
    f64.const 1
    f64.add
    f64.mul
    local.get $4
    f64.mul
    f32.demote_f64
    f32.store
    local.get $6
    i32.const 1
    i32.add
    local.set $6
    br $for-loop|1
   end
  end
 )
 (func $~lib/math/NativeMath.sin (param $0 f64) (result f64)
  (local $1 f64)
  (local $2 f64)
  (local $3 i32)
  (local $4 i32)
  (local $5 i64)
  (local $6 i32)
  (local $7 f64)
  (local $8 f64)
  (local $9 f64)
  local.get $0
  i64.reinterpret_f64
  local.tee $5
  i64.const 32
  i64.shr_u
  i32.wrap_i64
  local.tee $3
  i32.const 31
  i32.shr_u
  local.set $6
  local.get $3
  i32.const 2147483647
  i32.and
  local.tee $3
  i32.const 1072243195
  i32.le_u
  if
   local.get $3
   i32.const 1045430272
   i32.lt_u
   if
    local.get $0
    return
   end
   local.get $0
   local.get $0
   local.get $0
   f64.mul
   local.tee $1
   local.get $0
   f64.mul
   local.get $1
   local.get $1
   local.get $1
   f64.const 2.7557313707070068e-06
   f64.mul
   f64.const -1.984126982985795e-04
   f64.add
   f64.mul
   f64.const 0.00833333333332249
   f64.add
   local.get $1
   local.get $1
   local.get $1
   f64.mul
   f64.mul
   local.get $1
   f64.const 1.58969099521155e-10
   f64.mul
   f64.const -2.5050760253406863e-08
   f64.add
   f64.mul
   f64.add
   f64.mul
   f64.const -0.16666666666666632
   f64.add
   f64.mul
   f64.add
   return
  end
  local.get $3
  i32.const 2146435072
  i32.ge_u
  if
   local.get $0
   local.get $0
   f64.sub
   return
  end
  block $~lib/math/rempio2|inlined.0
   local.get $5
   i64.const 32
   i64.shr_u
   i32.wrap_i64
   i32.const 2147483647
   i32.and
   local.tee $4
   i32.const 1073928572
   i32.lt_u
   if
    i32.const 1
    local.set $3
    local.get $6
    if (result f64)
     local.get $0
     f64.const 1.5707963267341256
     f64.add
     local.set $0
     i32.const -1
     local.set $3
     local.get $4
     i32.const 1073291771
     i32.ne
     if (result f64)
      local.get $0
      local.get $0
      f64.const 6.077100506506192e-11
      f64.add
      local.tee $0
      f64.sub
      f64.const 6.077100506506192e-11
      f64.add
     else
      local.get $0
      f64.const 6.077100506303966e-11
      f64.add
      local.tee $1
      f64.const 2.0222662487959506e-21
      f64.add
      local.set $0
      local.get $1
      local.get $0
      f64.sub
      f64.const 2.0222662487959506e-21
      f64.add
     end
    else
     local.get $0
     f64.const -1.5707963267341256
     f64.add
     local.set $0
     local.get $4
     i32.const 1073291771
     i32.ne
     if (result f64)
      local.get $0
      local.get $0
      f64.const -6.077100506506192e-11
      f64.add
      local.tee $0
      f64.sub
      f64.const -6.077100506506192e-11
      f64.add
     else
      local.get $0
      f64.const -6.077100506303966e-11
      f64.add
      local.tee $1
      f64.const -2.0222662487959506e-21
      f64.add
      local.set $0
      local.get $1
      local.get $0
      f64.sub
      f64.const -2.0222662487959506e-21
      f64.add
     end
    end
    local.get $0
    global.set $~lib/math/rempio2_y0
    global.set $~lib/math/rempio2_y1
    br $~lib/math/rempio2|inlined.0
   end
   local.get $4
   i32.const 1094263291
   i32.lt_u
   if
    local.get $4
    i32.const 20
    i32.shr_u
    local.tee $3
    local.get $0
    local.get $0
    f64.const 0.6366197723675814
    f64.mul
    f64.nearest
    local.tee $7
    f64.const 1.5707963267341256
    f64.mul
    f64.sub
    local.tee $0
    local.get $7
    f64.const 6.077100506506192e-11
    f64.mul
    local.tee $2
    f64.sub
    local.tee $1
    i64.reinterpret_f64
    i64.const 32
    i64.shr_u
    i32.wrap_i64
    i32.const 20
    i32.shr_u
    i32.const 2047
    i32.and
    i32.sub
    i32.const 16
    i32.gt_u
    if
     local.get $7
     f64.const 2.0222662487959506e-21
     f64.mul
     local.get $0
     local.get $0
     local.get $7
     f64.const 6.077100506303966e-11
     f64.mul
     local.tee $1
     f64.sub
     local.tee $0
     f64.sub
     local.get $1
     f64.sub
     f64.sub
     local.set $2
     local.get $3
     local.get $0
     local.get $2
     f64.sub
     local.tee $1
     i64.reinterpret_f64
     i64.const 32
     i64.shr_u
     i32.wrap_i64
     i32.const 20
     i32.shr_u
     i32.const 2047
     i32.and
     i32.sub
     i32.const 49
     i32.gt_u
     if
      local.get $7
      f64.const 8.4784276603689e-32
      f64.mul
      local.get $0
      local.get $0
      local.get $7
      f64.const 2.0222662487111665e-21
      f64.mul
      local.tee $1
      f64.sub
      local.tee $0
      f64.sub
      local.get $1
      f64.sub
      f64.sub
      local.set $2
      local.get $0
      local.get $2
      f64.sub
      local.set $1
     end
    end
    local.get $1
    global.set $~lib/math/rempio2_y0
    local.get $0
    local.get $1
    f64.sub
    local.get $2
    f64.sub
    global.set $~lib/math/rempio2_y1
    local.get $7
    i32.trunc_sat_f64_s
    local.set $3
    br $~lib/math/rempio2|inlined.0
   end
   i32.const 0
   local.get $5
   call $~lib/math/pio2_large_quot
   local.tee $3
   i32.sub
   local.get $3
   local.get $6
   select
   local.set $3
  end
  global.get $~lib/math/rempio2_y0
  local.set $2
  global.get $~lib/math/rempio2_y1
  local.set $7
  local.get $3
  i32.const 1
  i32.and
  if (result f64)
   local.get $2
   local.get $2
   f64.mul
   local.tee $0
   local.get $0
   f64.mul
   local.set $1
   f64.const 1
   local.get $0
   f64.const 0.5
   f64.mul
   local.tee $8
   f64.sub
   local.tee $9
   f64.const 1
   local.get $9
   f64.sub
   local.get $8
   f64.sub
   local.get $0
   local.get $0
   local.get $0
   local.get $0
   f64.const 2.480158728947673e-05
   f64.mul
   f64.const -0.001388888888887411
   f64.add
   f64.mul
   f64.const 0.0416666666666666
   f64.add
   f64.mul
   local.get $1
   local.get $1
   f64.mul
   local.get $0
   local.get $0
   f64.const -1.1359647557788195e-11
   f64.mul
   f64.const 2.087572321298175e-09
   f64.add
   f64.mul
   f64.const -2.7557314351390663e-07
   f64.add
   f64.mul
   f64.add
   f64.mul
   local.get $2
   local.get $7
   f64.mul
   f64.sub
   f64.add
   f64.add
  else
   local.get $2
   local.get $2
   f64.mul
   local.tee $0
   local.get $2
   f64.mul
   local.set $1
   local.get $2
   local.get $0
   local.get $7
   f64.const 0.5
   f64.mul
   local.get $1
   local.get $0
   local.get $0
   f64.const 2.7557313707070068e-06
   f64.mul
   f64.const -1.984126982985795e-04
   f64.add
   f64.mul
   f64.const 0.00833333333332249
   f64.add
   local.get $0
   local.get $0
   local.get $0
   f64.mul
   f64.mul
   local.get $0
   f64.const 1.58969099521155e-10
   f64.mul
   f64.const -2.5050760253406863e-08
   f64.add
   f64.mul
   f64.add
   f64.mul
   f64.sub
   f64.mul
   local.get $7
   f64.sub
   local.get $1
   f64.const -0.16666666666666632
   f64.mul
   f64.sub
   f64.sub
  end
  local.tee $0
  f64.neg
  local.get $0
  local.get $3
  i32.const 2
  i32.and
  select
 )
 (func $~lib/math/NativeMath.pow (param $0 f64) (param $1 f64) (result f64)
  (local $2 i64)
  (local $3 i32)
  (local $4 i32)
  (local $5 i64)
  (local $6 i64)
  (local $7 i64)
  (local $8 f64)
  (local $9 f64)
  (local $10 f64)
  (local $11 f64)
  (local $12 i64)
  (local $13 f64)
  (local $14 f64)
  (local $15 f64)
  (local $16 f64)
  (local $17 f64)
  (local $18 i32)
  local.get $1
  f64.abs
  f64.const 2
  f64.le
  if
   local.get $1
   f64.const 2
   f64.eq
   if
    local.get $0
    local.get $0
    f64.mul
    return
   end
   local.get $1
   f64.const 0.5
   f64.eq
   if
    local.get $0
    f64.sqrt
    f64.abs
    f64.const inf
    local.get $0
    f64.const -inf
    f64.ne
    select
    return
   end
   local.get $1
   f64.const -1
   f64.eq
   if
    f64.const 1
    local.get $0
    f64.div
    return
   end
   local.get $1
   f64.const 1
   f64.eq
   if
    local.get $0
    return
   end
   local.get $1
   f64.const 0
   f64.eq
   if
    f64.const 1
    return
   end
  end
  local.get $1
  i64.reinterpret_f64
  local.tee $7
  i64.const 52
  i64.shr_u
  local.set $6
  block $~lib/util/math/pow_lut|inlined.0 (result f64)
   local.get $0
   i64.reinterpret_f64
   local.tee $2
   i64.const 52
   i64.shr_u
   local.tee $5
   i64.const 1
   i64.sub
   i64.const 2046
   i64.ge_u
   if (result i32)
    i32.const 1
   else
    local.get $6
    i64.const 2047
    i64.and
    i64.const 958
    i64.sub
    i64.const 128
    i64.ge_u
   end
   if
    local.get $7
    i64.const 1
    i64.shl
    local.tee $12
    i64.const 1
    i64.sub
    i64.const -9007199254740993
    i64.ge_u
    if
     f64.const 1
     local.get $12
     i64.eqz
     br_if $~lib/util/math/pow_lut|inlined.0
     drop
     f64.const nan:0x8000000000000
     local.get $2
     i64.const 4607182418800017408
     i64.eq
     br_if $~lib/util/math/pow_lut|inlined.0
     drop
     local.get $0
     local.get $1
     f64.add
     local.get $12
     i64.const -9007199254740992
     i64.gt_u
     local.get $2
     i64.const 1
     i64.shl
     local.tee $2
     i64.const -9007199254740992
     i64.gt_u
     i32.or
     br_if $~lib/util/math/pow_lut|inlined.0
     drop
     f64.const nan:0x8000000000000
     local.get $2
     i64.const 9214364837600034816
     i64.eq
     br_if $~lib/util/math/pow_lut|inlined.0
     drop
     f64.const 0
     local.get $7
     i64.const 63
     i64.shr_u
     i64.eqz
     local.get $2
     i64.const 9214364837600034816
     i64.lt_u
     i32.eq
     br_if $~lib/util/math/pow_lut|inlined.0
     drop
     local.get $1
     local.get $1
     f64.mul
     br $~lib/util/math/pow_lut|inlined.0
    end
    local.get $2
    i64.const 1
    i64.shl
    i64.const 1
    i64.sub
    i64.const -9007199254740993
    i64.ge_u
    if
     f64.const 1
     local.get $0
     local.get $0
     f64.mul
     local.tee $0
     f64.neg
     local.get $0
     local.get $2
     i64.const 63
     i64.shr_u
     i32.wrap_i64
     if (result i32)
      block $~lib/util/math/checkint|inlined.0 (result i32)
       i32.const 0
       local.get $7
       i64.const 52
       i64.shr_u
       i64.const 2047
       i64.and
       local.tee $2
       i64.const 1023
       i64.lt_u
       br_if $~lib/util/math/checkint|inlined.0
       drop
       i32.const 2
       local.get $2
       i64.const 1075
       i64.gt_u
       br_if $~lib/util/math/checkint|inlined.0
       drop
       i32.const 0
       local.get $7
       i64.const 1
       i64.const 1075
       local.get $2
       i64.sub
       i64.shl
       local.tee $2
       i64.const 1
       i64.sub
       i64.and
       i64.const 0
       i64.ne
       br_if $~lib/util/math/checkint|inlined.0
       drop
       i32.const 1
       local.get $2
       local.get $7
       i64.and
       i64.const 0
       i64.ne
       br_if $~lib/util/math/checkint|inlined.0
       drop
       i32.const 2
      end
      i32.const 1
      i32.eq
     else
      i32.const 0
     end
     select
     local.tee $0
     f64.div
     local.get $0
     local.get $7
     i64.const 0
     i64.lt_s
     select
     br $~lib/util/math/pow_lut|inlined.0
    end
    local.get $2
    i64.const 0
    i64.lt_s
    if
     block $~lib/util/math/checkint|inlined.1 (result i32)
      i32.const 0
      local.get $7
      i64.const 52
      i64.shr_u
      i64.const 2047
      i64.and
      local.tee $12
      i64.const 1023
      i64.lt_u
      br_if $~lib/util/math/checkint|inlined.1
      drop
      i32.const 2
      local.get $12
      i64.const 1075
      i64.gt_u
      br_if $~lib/util/math/checkint|inlined.1
      drop
      i32.const 0
      local.get $7
      i64.const 1
      i64.const 1075
      local.get $12
      i64.sub
      i64.shl
      local.tee $12
      i64.const 1
      i64.sub
      i64.and
      i64.const 0
      i64.ne
      br_if $~lib/util/math/checkint|inlined.1
      drop
      i32.const 1
      local.get $7
      local.get $12
      i64.and
      i64.const 0
      i64.ne
      br_if $~lib/util/math/checkint|inlined.1
      drop
      i32.const 2
     end
     local.tee $3
     i32.eqz
     if
      local.get $0
      local.get $0
      f64.sub
      local.tee $0
      local.get $0
      f64.div
      br $~lib/util/math/pow_lut|inlined.0
     end
     local.get $5
     i64.const 2047
     i64.and
     local.set $5
     i32.const 262144
     i32.const 0
     local.get $3
     i32.const 1
     i32.eq
     select
     local.set $4
     local.get $2
     i64.const 9223372036854775807
     i64.and
     local.set $2
    end
    local.get $6
    i64.const 2047
    i64.and
    local.tee $12
    i64.const 958
    i64.sub
    i64.const 128
    i64.ge_u
    if
     f64.const 1
     local.get $2
     i64.const 4607182418800017408
     i64.eq
     br_if $~lib/util/math/pow_lut|inlined.0
     drop
     f64.const 1
     local.get $12
     i64.const 958
     i64.lt_u
     br_if $~lib/util/math/pow_lut|inlined.0
     drop
     f64.const inf
     f64.const 0
     local.get $6
     i64.const 2048
     i64.lt_u
     local.get $2
     i64.const 4607182418800017408
     i64.gt_u
     i32.eq
     select
     br $~lib/util/math/pow_lut|inlined.0
    end
    local.get $5
    i64.eqz
    if
     local.get $0
     f64.const 4503599627370496
     f64.mul
     i64.reinterpret_f64
     i64.const 9223372036854775807
     i64.and
     i64.const 234187180623265792
     i64.sub
     local.set $2
    end
   end
   local.get $2
   local.get $2
   i64.const 4604531861337669632
   i64.sub
   local.tee $2
   i64.const -4503599627370496
   i64.and
   i64.sub
   local.tee $5
   i64.const 2147483648
   i64.add
   i64.const -4294967296
   i64.and
   f64.reinterpret_i64
   local.tee $0
   local.get $2
   i64.const 45
   i64.shr_u
   i64.const 127
   i64.and
   i32.wrap_i64
   i32.const 5
   i32.shl
   i32.const 9408
   i32.add
   local.tee $3
   f64.load
   local.tee $8
   f64.mul
   f64.const -1
   f64.add
   local.set $11
   local.get $2
   i64.const 52
   i64.shr_s
   f64.convert_i64_s
   local.tee $13
   f64.const 0.6931471805598903
   f64.mul
   local.get $3
   f64.load offset=16
   f64.add
   local.tee $14
   local.get $11
   local.get $5
   f64.reinterpret_i64
   local.get $0
   f64.sub
   local.get $8
   f64.mul
   local.tee $15
   f64.add
   local.tee $8
   f64.add
   local.set $9
   local.get $8
   local.get $8
   f64.const -0.5
   f64.mul
   local.tee $16
   f64.mul
   local.set $10
   local.get $9
   local.get $11
   local.get $11
   f64.const -0.5
   f64.mul
   local.tee $17
   f64.mul
   local.tee $0
   f64.add
   local.tee $11
   local.get $11
   local.get $13
   f64.const 5.497923018708371e-14
   f64.mul
   local.get $3
   f64.load offset=24
   f64.add
   local.get $14
   local.get $9
   f64.sub
   local.get $8
   f64.add
   f64.add
   local.get $15
   local.get $16
   local.get $17
   f64.add
   f64.mul
   f64.add
   local.get $9
   local.get $11
   f64.sub
   local.get $0
   f64.add
   f64.add
   local.get $8
   local.get $10
   f64.mul
   local.get $8
   f64.const 0.5000000000000007
   f64.mul
   f64.const -0.6666666666666679
   f64.add
   local.get $10
   local.get $8
   f64.const -0.6666666663487739
   f64.mul
   f64.const 0.7999999995323976
   f64.add
   local.get $10
   local.get $8
   f64.const 1.0000415263675542
   f64.mul
   f64.const -1.142909628459501
   f64.add
   f64.mul
   f64.add
   f64.mul
   f64.add
   f64.mul
   f64.add
   local.tee $0
   f64.add
   local.tee $8
   f64.sub
   local.get $0
   f64.add
   global.set $~lib/util/math/log_tail
   local.get $7
   i64.const -134217728
   i64.and
   f64.reinterpret_i64
   local.tee $0
   local.get $8
   i64.reinterpret_f64
   i64.const -134217728
   i64.and
   f64.reinterpret_i64
   local.tee $9
   f64.mul
   local.set $10
   local.get $1
   local.get $0
   f64.sub
   local.get $9
   f64.mul
   local.get $1
   local.get $8
   local.get $9
   f64.sub
   global.get $~lib/util/math/log_tail
   f64.add
   f64.mul
   f64.add
   local.set $0
   block $~lib/util/math/exp_inline|inlined.0 (result f64)
    local.get $10
    i64.reinterpret_f64
    local.tee $2
    i64.const 52
    i64.shr_u
    i32.wrap_i64
    i32.const 2047
    i32.and
    local.tee $3
    i32.const 969
    i32.sub
    local.tee $18
    i32.const 63
    i32.ge_u
    if
     f64.const -1
     f64.const 1
     local.get $4
     select
     local.get $18
     i32.const -2147483648
     i32.ge_u
     br_if $~lib/util/math/exp_inline|inlined.0
     drop
     f64.const -0
     f64.const 0
     local.get $4
     select
     f64.const -inf
     f64.const inf
     local.get $4
     select
     local.get $2
     i64.const 0
     i64.lt_s
     select
     local.get $3
     i32.const 1033
     i32.ge_u
     br_if $~lib/util/math/exp_inline|inlined.0
     drop
     i32.const 0
     local.set $3
    end
    local.get $10
    f64.const 184.6649652337873
    f64.mul
    f64.const 6755399441055744
    f64.add
    local.tee $1
    i64.reinterpret_f64
    local.tee $2
    i64.const 127
    i64.and
    i64.const 1
    i64.shl
    i32.wrap_i64
    i32.const 3
    i32.shl
    i32.const 1024
    i32.add
    local.tee $18
    i64.load offset=8
    local.get $2
    local.get $4
    i64.extend_i32_u
    i64.add
    i64.const 45
    i64.shl
    i64.add
    local.set $5
    local.get $10
    local.get $1
    f64.const -6755399441055744
    f64.add
    local.tee $1
    f64.const -0.005415212348111709
    f64.mul
    f64.add
    local.get $1
    f64.const -1.2864023111638346e-14
    f64.mul
    f64.add
    local.get $0
    f64.add
    local.tee $0
    local.get $0
    f64.mul
    local.set $1
    local.get $18
    f64.load
    local.get $0
    f64.add
    local.get $1
    local.get $0
    f64.const 0.16666666666665886
    f64.mul
    f64.const 0.49999999999996786
    f64.add
    f64.mul
    f64.add
    local.get $1
    local.get $1
    f64.mul
    local.get $0
    f64.const 0.008333335853059549
    f64.mul
    f64.const 0.0416666808410674
    f64.add
    f64.mul
    f64.add
    local.set $0
    local.get $3
    i32.eqz
    if
     block $~lib/util/math/specialcase|inlined.1 (result f64)
      local.get $2
      i64.const 2147483648
      i64.and
      i64.eqz
      if
       local.get $5
       i64.const 4544132024016830464
       i64.sub
       f64.reinterpret_i64
       local.tee $1
       local.get $1
       local.get $0
       f64.mul
       f64.add
       f64.const 5486124068793688683255936e279
       f64.mul
       br $~lib/util/math/specialcase|inlined.1
      end
      local.get $5
      i64.const 4602678819172646912
      i64.add
      local.tee $2
      f64.reinterpret_i64
      local.tee $1
      local.get $0
      f64.mul
      local.set $0
      local.get $1
      local.get $0
      f64.add
      local.tee $8
      f64.abs
      f64.const 1
      f64.lt
      if (result f64)
       local.get $2
       i64.const -9223372036854775808
       i64.and
       f64.reinterpret_i64
       f64.const 1
       local.get $8
       f64.copysign
       local.tee $9
       local.get $8
       f64.add
       local.tee $10
       local.get $9
       local.get $10
       f64.sub
       local.get $8
       f64.add
       local.get $1
       local.get $8
       f64.sub
       local.get $0
       f64.add
       f64.add
       f64.add
       local.get $9
       f64.sub
       local.tee $0
       local.get $0
       f64.const 0
       f64.eq
       select
      else
       local.get $8
      end
      f64.const 2.2250738585072014e-308
      f64.mul
     end
     br $~lib/util/math/exp_inline|inlined.0
    end
    local.get $5
    f64.reinterpret_i64
    local.tee $1
    local.get $1
    local.get $0
    f64.mul
    f64.add
   end
  end
 )
 (func $~lib/math/NativeMath.log2 (param $0 f64) (result f64)
  (local $1 i64)
  (local $2 i32)
  (local $3 i64)
  (local $4 f64)
  (local $5 f64)
  (local $6 f64)
  (local $7 f64)
  (local $8 f64)
  (local $9 f64)
  (local $10 i32)
  block $~lib/util/math/log2_lut|inlined.0 (result f64)
   local.get $0
   i64.reinterpret_f64
   local.tee $1
   i64.const 4606800540372828160
   i64.sub
   i64.const 581272283906048
   i64.lt_u
   if
    local.get $0
    f64.const -1
    f64.add
    local.tee $5
    i64.reinterpret_f64
    i64.const -4294967296
    i64.and
    f64.reinterpret_i64
    local.tee $6
    f64.const 1.4426950407214463
    f64.mul
    local.set $7
    local.get $5
    local.get $5
    f64.mul
    local.tee $8
    local.get $8
    f64.mul
    local.set $0
    local.get $7
    local.get $8
    local.get $5
    f64.const 0.48089834696298744
    f64.mul
    f64.const -0.7213475204444817
    f64.add
    f64.mul
    local.tee $4
    f64.add
    local.tee $9
    local.get $5
    local.get $6
    f64.sub
    f64.const 1.4426950407214463
    f64.mul
    local.get $5
    f64.const 1.6751713164886512e-10
    f64.mul
    f64.add
    local.get $7
    local.get $9
    f64.sub
    local.get $4
    f64.add
    f64.add
    local.get $0
    local.get $5
    f64.const 0.2885390081805197
    f64.mul
    f64.const -0.360673760222145
    f64.add
    local.get $8
    local.get $5
    f64.const 0.2060992861022954
    f64.mul
    f64.const -0.24044917405728863
    f64.add
    f64.mul
    f64.add
    local.get $0
    local.get $5
    f64.const 0.1603032746063156
    f64.mul
    f64.const -0.18033596705327856
    f64.add
    local.get $8
    local.get $5
    f64.const 0.13046826811283835
    f64.mul
    f64.const -0.14483316576701266
    f64.add
    f64.mul
    f64.add
    f64.mul
    f64.add
    f64.mul
    f64.add
    f64.add
    br $~lib/util/math/log2_lut|inlined.0
   end
   local.get $1
   i64.const 48
   i64.shr_u
   i32.wrap_i64
   local.tee $2
   i32.const 16
   i32.sub
   i32.const 32736
   i32.ge_u
   if
    f64.const -1
    local.get $0
    local.get $0
    f64.mul
    f64.div
    local.get $1
    i64.const 1
    i64.shl
    i64.eqz
    br_if $~lib/util/math/log2_lut|inlined.0
    drop
    local.get $0
    local.get $1
    i64.const 9218868437227405312
    i64.eq
    br_if $~lib/util/math/log2_lut|inlined.0
    drop
    i32.const 1
    local.get $2
    i32.const 32752
    i32.and
    i32.const 32752
    i32.eq
    local.get $2
    i32.const 32768
    i32.and
    select
    if
     local.get $0
     local.get $0
     f64.sub
     local.tee $0
     local.get $0
     f64.div
     br $~lib/util/math/log2_lut|inlined.0
    end
    local.get $0
    f64.const 4503599627370496
    f64.mul
    i64.reinterpret_f64
    i64.const 234187180623265792
    i64.sub
    local.set $1
   end
   local.get $1
   i64.const 4604367669032910848
   i64.sub
   local.tee $3
   i64.const 46
   i64.shr_u
   i64.const 63
   i64.and
   i32.wrap_i64
   i32.const 4
   i32.shl
   local.tee $2
   i32.const 7168
   i32.add
   local.set $10
   local.get $3
   i64.const 52
   i64.shr_s
   f64.convert_i64_s
   local.get $10
   f64.load offset=8
   f64.add
   local.tee $0
   local.get $1
   local.get $3
   i64.const -4503599627370496
   i64.and
   i64.sub
   f64.reinterpret_i64
   local.get $2
   i32.const -8192
   i32.sub
   local.tee $2
   f64.load
   f64.sub
   local.get $2
   f64.load offset=8
   f64.sub
   local.get $10
   f64.load
   f64.mul
   local.tee $4
   i64.reinterpret_f64
   i64.const -4294967296
   i64.and
   f64.reinterpret_i64
   local.tee $5
   f64.const 1.4426950407214463
   f64.mul
   local.tee $6
   f64.add
   local.set $7
   local.get $0
   local.get $7
   f64.sub
   local.get $6
   f64.add
   local.get $4
   local.get $5
   f64.sub
   f64.const 1.4426950407214463
   f64.mul
   local.get $4
   f64.const 1.6751713164886512e-10
   f64.mul
   f64.add
   f64.add
   local.get $4
   local.get $4
   f64.mul
   local.tee $0
   local.get $4
   f64.const 0.4808983469629985
   f64.mul
   f64.const -0.7213475204444882
   f64.add
   local.get $0
   local.get $4
   f64.const 0.2885390073180969
   f64.mul
   f64.const -0.36067375954075914
   f64.add
   f64.mul
   f64.add
   local.get $0
   local.get $0
   f64.mul
   local.get $4
   f64.const 0.2061202382173603
   f64.mul
   f64.const -0.2404693555628422
   f64.add
   f64.mul
   f64.add
   f64.mul
   f64.add
   local.get $7
   f64.add
  end
 )
 (func $~lib/math/NativeMath.cos (param $0 f64) (result f64)
  (local $1 f64)
  (local $2 f64)
  (local $3 i32)
  (local $4 i32)
  (local $5 i64)
  (local $6 i32)
  (local $7 f64)
  (local $8 f64)
  (local $9 f64)
  local.get $0
  i64.reinterpret_f64
  local.tee $5
  i64.const 32
  i64.shr_u
  i32.wrap_i64
  local.tee $3
  i32.const 31
  i32.shr_u
  local.set $6
  local.get $3
  i32.const 2147483647
  i32.and
  local.tee $3
  i32.const 1072243195
  i32.le_u
  if
   local.get $3
   i32.const 1044816030
   i32.lt_u
   if
    f64.const 1
    return
   end
   local.get $0
   local.get $0
   f64.mul
   local.tee $1
   local.get $1
   f64.mul
   local.set $2
   f64.const 1
   local.get $1
   f64.const 0.5
   f64.mul
   local.tee $7
   f64.sub
   local.tee $8
   f64.const 1
   local.get $8
   f64.sub
   local.get $7
   f64.sub
   local.get $1
   local.get $1
   local.get $1
   local.get $1
   f64.const 2.480158728947673e-05
   f64.mul
   f64.const -0.001388888888887411
   f64.add
   f64.mul
   f64.const 0.0416666666666666
   f64.add
   f64.mul
   local.get $2
   local.get $2
   f64.mul
   local.get $1
   local.get $1
   f64.const -1.1359647557788195e-11
   f64.mul
   f64.const 2.087572321298175e-09
   f64.add
   f64.mul
   f64.const -2.7557314351390663e-07
   f64.add
   f64.mul
   f64.add
   f64.mul
   local.get $0
   f64.const 0
   f64.mul
   f64.sub
   f64.add
   f64.add
   return
  end
  local.get $3
  i32.const 2146435072
  i32.ge_u
  if
   local.get $0
   local.get $0
   f64.sub
   return
  end
  block $~lib/math/rempio2|inlined.1
   local.get $5
   i64.const 32
   i64.shr_u
   i32.wrap_i64
   i32.const 2147483647
   i32.and
   local.tee $4
   i32.const 1073928572
   i32.lt_u
   if
    i32.const 1
    local.set $3
    local.get $6
    if (result f64)
     local.get $0
     f64.const 1.5707963267341256
     f64.add
     local.set $0
     i32.const -1
     local.set $3
     local.get $4
     i32.const 1073291771
     i32.ne
     if (result f64)
      local.get $0
      local.get $0
      f64.const 6.077100506506192e-11
      f64.add
      local.tee $0
      f64.sub
      f64.const 6.077100506506192e-11
      f64.add
     else
      local.get $0
      f64.const 6.077100506303966e-11
      f64.add
      local.tee $1
      f64.const 2.0222662487959506e-21
      f64.add
      local.set $0
      local.get $1
      local.get $0
      f64.sub
      f64.const 2.0222662487959506e-21
      f64.add
     end
    else
     local.get $0
     f64.const -1.5707963267341256
     f64.add
     local.set $0
     local.get $4
     i32.const 1073291771
     i32.ne
     if (result f64)
      local.get $0
      local.get $0
      f64.const -6.077100506506192e-11
      f64.add
      local.tee $0
      f64.sub
      f64.const -6.077100506506192e-11
      f64.add
     else
      local.get $0
      f64.const -6.077100506303966e-11
      f64.add
      local.tee $1
      f64.const -2.0222662487959506e-21
      f64.add
      local.set $0
      local.get $1
      local.get $0
      f64.sub
      f64.const -2.0222662487959506e-21
      f64.add
     end
    end
    local.get $0
    global.set $~lib/math/rempio2_y0
    global.set $~lib/math/rempio2_y1
    br $~lib/math/rempio2|inlined.1
   end
   local.get $4
   i32.const 1094263291
   i32.lt_u
   if
    local.get $4
    i32.const 20
    i32.shr_u
    local.tee $3
    local.get $0
    local.get $0
    f64.const 0.6366197723675814
    f64.mul
    f64.nearest
    local.tee $7
    f64.const 1.5707963267341256
    f64.mul
    f64.sub
    local.tee $0
    local.get $7
    f64.const 6.077100506506192e-11
    f64.mul
    local.tee $2
    f64.sub
    local.tee $1
    i64.reinterpret_f64
    i64.const 32
    i64.shr_u
    i32.wrap_i64
    i32.const 20
    i32.shr_u
    i32.const 2047
    i32.and
    i32.sub
    i32.const 16
    i32.gt_u
    if
     local.get $7
     f64.const 2.0222662487959506e-21
     f64.mul
     local.get $0
     local.get $0
     local.get $7
     f64.const 6.077100506303966e-11
     f64.mul
     local.tee $1
     f64.sub
     local.tee $0
     f64.sub
     local.get $1
     f64.sub
     f64.sub
     local.set $2
     local.get $3
     local.get $0
     local.get $2
     f64.sub
     local.tee $1
     i64.reinterpret_f64
     i64.const 32
     i64.shr_u
     i32.wrap_i64
     i32.const 20
     i32.shr_u
     i32.const 2047
     i32.and
     i32.sub
     i32.const 49
     i32.gt_u
     if
      local.get $7
      f64.const 8.4784276603689e-32
      f64.mul
      local.get $0
      local.get $0
      local.get $7
      f64.const 2.0222662487111665e-21
      f64.mul
      local.tee $1
      f64.sub
      local.tee $0
      f64.sub
      local.get $1
      f64.sub
      f64.sub
      local.set $2
      local.get $0
      local.get $2
      f64.sub
      local.set $1
     end
    end
    local.get $1
    global.set $~lib/math/rempio2_y0
    local.get $0
    local.get $1
    f64.sub
    local.get $2
    f64.sub
    global.set $~lib/math/rempio2_y1
    local.get $7
    i32.trunc_sat_f64_s
    local.set $3
    br $~lib/math/rempio2|inlined.1
   end
   i32.const 0
   local.get $5
   call $~lib/math/pio2_large_quot
   local.tee $3
   i32.sub
   local.get $3
   local.get $6
   select
   local.set $3
  end
  global.get $~lib/math/rempio2_y0
  local.set $1
  global.get $~lib/math/rempio2_y1
  local.set $2
  local.get $3
  i32.const 1
  i32.and
  if (result f64)
   local.get $1
   local.get $1
   f64.mul
   local.tee $0
   local.get $1
   f64.mul
   local.set $7
   local.get $1
   local.get $0
   local.get $2
   f64.const 0.5
   f64.mul
   local.get $7
   local.get $0
   local.get $0
   f64.const 2.7557313707070068e-06
   f64.mul
   f64.const -1.984126982985795e-04
   f64.add
   f64.mul
   f64.const 0.00833333333332249
   f64.add
   local.get $0
   local.get $0
   local.get $0
   f64.mul
   f64.mul
   local.get $0
   f64.const 1.58969099521155e-10
   f64.mul
   f64.const -2.5050760253406863e-08
   f64.add
   f64.mul
   f64.add
   f64.mul
   f64.sub
   f64.mul
   local.get $2
   f64.sub
   local.get $7
   f64.const -0.16666666666666632
   f64.mul
   f64.sub
   f64.sub
  else
   local.get $1
   local.get $1
   f64.mul
   local.tee $7
   local.get $7
   f64.mul
   local.set $8
   f64.const 1
   local.get $7
   f64.const 0.5
   f64.mul
   local.tee $0
   f64.sub
   local.tee $9
   f64.const 1
   local.get $9
   f64.sub
   local.get $0
   f64.sub
   local.get $7
   local.get $7
   local.get $7
   local.get $7
   f64.const 2.480158728947673e-05
   f64.mul
   f64.const -0.001388888888887411
   f64.add
   f64.mul
   f64.const 0.0416666666666666
   f64.add
   f64.mul
   local.get $8
   local.get $8
   f64.mul
   local.get $7
   local.get $7
   f64.const -1.1359647557788195e-11
   f64.mul
   f64.const 2.087572321298175e-09
   f64.add
   f64.mul
   f64.const -2.7557314351390663e-07
   f64.add
   f64.mul
   f64.add
   f64.mul
   local.get $1
   local.get $2
   f64.mul
   f64.sub
   f64.add
   f64.add
  end
  local.tee $0
  f64.neg
  local.get $0
  local.get $3
  i32.const 1
  i32.add
  i32.const 2
  i32.and
  select
 )
 (func $src/kernels/wasm/assembly/index/unaryF64 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32)
  (local $4 i32)
  (local $5 v128)
  (local $6 i32)
  block $break|0
   block $case4|0
    block $case3|0
     block $case2|0
      block $case1|0
       local.get $0
       if
        local.get $0
        i32.const 1
        i32.eq
        br_if $case1|0
        local.get $0
        i32.const 9
        i32.eq
        br_if $case2|0
        local.get $0
        i32.const 17
        i32.eq
        br_if $case3|0
        br $case4|0
       end
       loop $for-loop|1
        local.get $3
        local.get $4
        i32.gt_s
        if
         local.get $4
         i32.const 3
         i32.shl
         local.tee $0
         local.get $2
         i32.add
         local.get $0
         local.get $1
         i32.add
         v128.load
         f64x2.neg
         v128.store
         local.get $4
         i32.const 2
         i32.add
         local.set $4
         br $for-loop|1
        end
       end
       br $break|0
      end
      loop $for-loop|2
       local.get $3
       local.get $4
       i32.gt_s
       if
        local.get $4
        i32.const 3
        i32.shl
        local.tee $0
        local.get $2
        i32.add
        local.get $0
        local.get $1
        i32.add
        v128.load
        f64x2.abs
        v128.store
        local.get $4
        i32.const 2
        i32.add
        local.set $4
        br $for-loop|2
       end
      end
      br $break|0
     end
     loop $for-loop|3
      local.get $3
      local.get $4
      i32.gt_s
      if
       local.get $4
       i32.const 3
       i32.shl
       local.tee $0
       local.get $2
       i32.add
       local.get $0
       local.get $1
       i32.add
       v128.load
       f64x2.sqrt
       v128.store
       local.get $4
       i32.const 2
       i32.add
       local.set $4
       br $for-loop|3
      end
     end
     br $break|0
    end
    loop $for-loop|4
     local.get $3
     local.get $4
     i32.gt_s
     if
      local.get $4
      i32.const 3
      i32.shl
      local.tee $0
      local.get $1
      i32.add
      v128.load
      local.set $5
      local.get $0
      local.get $2
      i32.add
      local.get $5
      local.get $5
      f64x2.mul
      v128.store
      local.get $4
      i32.const 2
      i32.add
      local.set $4
      br $for-loop|4
     end
    end
    br $break|0
   end
   loop $for-loop|5
    local.get $3
    local.get $4
    i32.gt_s
    if
     local.get $4
     i32.const 3
     i32.shl
     local.tee $6
     local.get $2
     i32.add
     local.get $0
     local.get $1
     local.get $6
     i32.add
     f64.load
     call $src/kernels/wasm/assembly/scalar/unary64
     f64.store
     local.get $4
     i32.const 1
     i32.add
     local.set $4
     br $for-loop|5
    end
   end
  end
 )
 (func $src/kernels/wasm/assembly/index/unaryF32 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32)
  (local $4 v128)
  (local $5 i32)
  (local $6 i32)
  (local $7 v128)
  (local $8 v128)
  (local $9 v128)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  block $break|0
   block $case23|0
    block $case22|0
     block $case21|0
      block $case20|0
       block $case19|0
        block $case18|0
         block $case17|0
          block $case16|0
           block $case15|0
            block $case14|0
             block $case13|0
              block $case12|0
               block $case11|0
                block $case10|0
                 block $case9|0
                  block $case8|0
                   block $case7|0
                    block $case6|0
                     block $case5|0
                      block $case4|0
                       block $case3|0
                        block $case2|0
                         block $case1|0
                          block $case0|0
                           local.get $0
                           br_table $case0|0 $case1|0 $case2|0 $case3|0 $case4|0 $case5|0 $case6|0 $case7|0 $case8|0 $case9|0 $case10|0 $case23|0 $case23|0 $case11|0 $case12|0 $case13|0 $case14|0 $case15|0 $case16|0 $case17|0 $case18|0 $case19|0 $case20|0 $case21|0 $case22|0 $case23|0
                          end
                          local.get $1
                          local.get $3
                          i32.const 3
                          i32.add
                          i32.const -4
                          i32.and
                          i32.const 2
                          i32.shl
                          i32.add
                          local.set $0
                          local.get $2
                          local.get $1
                          i32.sub
                          local.set $2
                          loop $for-loop|1
                           local.get $0
                           local.get $1
                           i32.gt_u
                           if
                            local.get $1
                            local.get $2
                            i32.add
                            local.get $1
                            v128.load
                            f32x4.neg
                            v128.store
                            local.get $1
                            i32.const 16
                            i32.add
                            local.set $1
                            br $for-loop|1
                           end
                          end
                          br $break|0
                         end
                         local.get $1
                         local.get $3
                         i32.const 3
                         i32.add
                         i32.const -4
                         i32.and
                         i32.const 2
                         i32.shl
                         i32.add
                         local.set $0
                         local.get $2
                         local.get $1
                         i32.sub
                         local.set $2
                         loop $for-loop|3
                          local.get $0
                          local.get $1
                          i32.gt_u
                          if
                           local.get $1
                           local.get $2
                           i32.add
                           local.get $1
                           v128.load
                           f32x4.abs
                           v128.store
                           local.get $1
                           i32.const 16
                           i32.add
                           local.set $1
                           br $for-loop|3
                          end
                         end
                         br $break|0
                        end
                        local.get $1
                        local.get $3
                        i32.const 3
                        i32.add
                        i32.const -4
                        i32.and
                        i32.const 2
                        i32.shl
                        i32.add
                        local.set $0
                        local.get $2
                        local.get $1
                        i32.sub
                        local.set $2
                        loop $for-loop|5
                         local.get $0
                         local.get $1
                         i32.gt_u
                         if
                          local.get $1
                          local.get $2
                          i32.add
                          v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
                          v128.const i32x4 0xbf800000 0xbf800000 0xbf800000 0xbf800000
                          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
                          local.get $1
                          v128.load
                          local.tee $4
                          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
                          f32x4.lt
                          v128.bitselect
                          local.get $4
                          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
                          f32x4.gt
                          v128.bitselect
                          v128.store
                          local.get $1
                          i32.const 16
                          i32.add
                          local.set $1
                          br $for-loop|5
                         end
                        end
                        br $break|0
                       end
                       local.get $1
                       local.get $3
                       i32.const 3
                       i32.add
                       i32.const -4
                       i32.and
                       i32.const 2
                       i32.shl
                       i32.add
                       local.set $0
                       local.get $2
                       local.get $1
                       i32.sub
                       local.set $2
                       loop $for-loop|7
                        local.get $0
                        local.get $1
                        i32.gt_u
                        if
                         local.get $1
                         v128.load
                         v128.const i32x4 0x42b20000 0x42b20000 0x42b20000 0x42b20000
                         f32x4.min
                         v128.const i32x4 0xc2d00000 0xc2d00000 0xc2d00000 0xc2d00000
                         f32x4.max
                         local.tee $4
                         v128.const i32x4 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b
                         f32x4.mul
                         f32x4.nearest
                         local.set $7
                         local.get $1
                         local.get $2
                         i32.add
                         v128.const i32x4 0x39506967 0x39506967 0x39506967 0x39506967
                         local.get $4
                         local.get $7
                         v128.const i32x4 0x3f318000 0x3f318000 0x3f318000 0x3f318000
                         f32x4.mul
                         f32x4.sub
                         local.get $7
                         v128.const i32x4 0xb95e8083 0xb95e8083 0xb95e8083 0xb95e8083
                         f32x4.mul
                         f32x4.sub
                         local.tee $4
                         f32x4.mul
                         v128.const i32x4 0x3ab743ce 0x3ab743ce 0x3ab743ce 0x3ab743ce
                         f32x4.add
                         local.get $4
                         f32x4.mul
                         v128.const i32x4 0x3c088908 0x3c088908 0x3c088908 0x3c088908
                         f32x4.add
                         local.get $4
                         f32x4.mul
                         v128.const i32x4 0x3d2aa9c1 0x3d2aa9c1 0x3d2aa9c1 0x3d2aa9c1
                         f32x4.add
                         local.get $4
                         f32x4.mul
                         v128.const i32x4 0x3e2aaaaa 0x3e2aaaaa 0x3e2aaaaa 0x3e2aaaaa
                         f32x4.add
                         local.get $4
                         f32x4.mul
                         v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
                         f32x4.add
                         local.get $4
                         local.get $4
                         f32x4.mul
                         f32x4.mul
                         local.get $4
                         f32x4.add
                         v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
                         f32x4.add
                         local.get $7
                         i32x4.trunc_sat_f32x4_s
                         local.tee $4
                         i32.const 1
                         i32x4.shr_s
                         local.tee $7
                         v128.const i32x4 0x0000007f 0x0000007f 0x0000007f 0x0000007f
                         i32x4.add
                         i32.const 23
                         i32x4.shl
                         f32x4.mul
                         local.get $4
                         local.get $7
                         i32x4.sub
                         v128.const i32x4 0x0000007f 0x0000007f 0x0000007f 0x0000007f
                         i32x4.add
                         i32.const 23
                         i32x4.shl
                         f32x4.mul
                         v128.store
                         local.get $1
                         i32.const 16
                         i32.add
                         local.set $1
                         br $for-loop|7
                        end
                       end
                       br $break|0
                      end
                      local.get $1
                      local.get $3
                      i32.const 3
                      i32.add
                      i32.const -4
                      i32.and
                      i32.const 2
                      i32.shl
                      i32.add
                      local.set $0
                      local.get $2
                      local.get $1
                      i32.sub
                      local.set $2
                      loop $for-loop|9
                       local.get $0
                       local.get $1
                       i32.gt_u
                       if
                        local.get $1
                        v128.load
                        local.tee $4
                        v128.const i32x4 0x42b20000 0x42b20000 0x42b20000 0x42b20000
                        f32x4.min
                        v128.const i32x4 0xc2d00000 0xc2d00000 0xc2d00000 0xc2d00000
                        f32x4.max
                        local.tee $7
                        v128.const i32x4 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b
                        f32x4.mul
                        f32x4.nearest
                        local.set $8
                        v128.const i32x4 0x39506967 0x39506967 0x39506967 0x39506967
                        local.get $7
                        local.get $8
                        v128.const i32x4 0x3f318000 0x3f318000 0x3f318000 0x3f318000
                        f32x4.mul
                        f32x4.sub
                        local.get $8
                        v128.const i32x4 0xb95e8083 0xb95e8083 0xb95e8083 0xb95e8083
                        f32x4.mul
                        f32x4.sub
                        local.tee $7
                        f32x4.mul
                        v128.const i32x4 0x3ab743ce 0x3ab743ce 0x3ab743ce 0x3ab743ce
                        f32x4.add
                        local.get $7
                        f32x4.mul
                        v128.const i32x4 0x3c088908 0x3c088908 0x3c088908 0x3c088908
                        f32x4.add
                        local.get $7
                        f32x4.mul
                        v128.const i32x4 0x3d2aa9c1 0x3d2aa9c1 0x3d2aa9c1 0x3d2aa9c1
                        f32x4.add
                        local.get $7
                        f32x4.mul
                        v128.const i32x4 0x3e2aaaaa 0x3e2aaaaa 0x3e2aaaaa 0x3e2aaaaa
                        f32x4.add
                        local.get $7
                        f32x4.mul
                        v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
                        f32x4.add
                        local.get $7
                        local.get $7
                        f32x4.mul
                        f32x4.mul
                        local.get $7
                        f32x4.add
                        v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
                        f32x4.add
                        local.get $8
                        i32x4.trunc_sat_f32x4_s
                        local.tee $7
                        i32.const 1
                        i32x4.shr_s
                        local.tee $8
                        v128.const i32x4 0x0000007f 0x0000007f 0x0000007f 0x0000007f
                        i32x4.add
                        i32.const 23
                        i32x4.shl
                        f32x4.mul
                        local.get $7
                        local.get $8
                        i32x4.sub
                        v128.const i32x4 0x0000007f 0x0000007f 0x0000007f 0x0000007f
                        i32x4.add
                        i32.const 23
                        i32x4.shl
                        f32x4.mul
                        local.tee $7
                        v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
                        f32x4.sub
                        local.set $8
                        local.get $7
                        v128.const i32x4 0x4c000000 0x4c000000 0x4c000000 0x4c000000
                        f32x4.mul
                        local.get $7
                        local.get $7
                        v128.const i32x4 0x00800000 0x00800000 0x00800000 0x00800000
                        f32x4.lt
                        local.tee $9
                        v128.bitselect
                        local.tee $10
                        v128.const i32x4 0x007fffff 0x007fffff 0x007fffff 0x007fffff
                        v128.and
                        v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
                        v128.or
                        local.tee $11
                        v128.const i32x4 0x3f3504f3 0x3f3504f3 0x3f3504f3 0x3f3504f3
                        f32x4.lt
                        local.set $12
                        local.get $11
                        local.get $11
                        local.get $12
                        v128.and
                        f32x4.add
                        v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
                        f32x4.sub
                        local.tee $11
                        local.get $11
                        f32x4.mul
                        local.set $13
                        local.get $1
                        local.get $2
                        i32.add
                        v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000
                        v128.const i32x4 0xbf800000 0xbf800000 0xbf800000 0xbf800000
                        local.get $4
                        local.get $8
                        local.get $4
                        local.get $11
                        v128.const i32x4 0x3d9021bb 0x3d9021bb 0x3d9021bb 0x3d9021bb
                        local.get $11
                        f32x4.mul
                        v128.const i32x4 0xbdebd1b8 0xbdebd1b8 0xbdebd1b8 0xbdebd1b8
                        f32x4.add
                        local.get $11
                        f32x4.mul
                        v128.const i32x4 0x3def251a 0x3def251a 0x3def251a 0x3def251a
                        f32x4.add
                        local.get $11
                        f32x4.mul
                        v128.const i32x4 0xbdfe5d4f 0xbdfe5d4f 0xbdfe5d4f 0xbdfe5d4f
                        f32x4.add
                        local.get $11
                        f32x4.mul
                        v128.const i32x4 0x3e11e9bf 0x3e11e9bf 0x3e11e9bf 0x3e11e9bf
                        f32x4.add
                        local.get $11
                        f32x4.mul
                        v128.const i32x4 0xbe2aae50 0xbe2aae50 0xbe2aae50 0xbe2aae50
                        f32x4.add
                        local.get $11
                        f32x4.mul
                        v128.const i32x4 0x3e4cceac 0x3e4cceac 0x3e4cceac 0x3e4cceac
                        f32x4.add
                        local.get $11
                        f32x4.mul
                        v128.const i32x4 0xbe7ffffc 0xbe7ffffc 0xbe7ffffc 0xbe7ffffc
                        f32x4.add
                        local.get $11
                        f32x4.mul
                        v128.const i32x4 0x3eaaaaaa 0x3eaaaaaa 0x3eaaaaaa 0x3eaaaaaa
                        f32x4.add
                        local.get $11
                        f32x4.mul
                        local.get $13
                        f32x4.mul
                        v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
                        local.get $13
                        f32x4.mul
                        f32x4.sub
                        local.get $10
                        i32.const 23
                        i32x4.shr_u
                        v128.const i32x4 0x0000007e 0x0000007e 0x0000007e 0x0000007e
                        i32x4.sub
                        local.get $9
                        v128.const i32x4 0x00000019 0x00000019 0x00000019 0x00000019
                        v128.and
                        i32x4.sub
                        local.get $12
                        i32x4.add
                        f32x4.convert_i32x4_s
                        local.tee $4
                        v128.const i32x4 0xb95e8083 0xb95e8083 0xb95e8083 0xb95e8083
                        f32x4.mul
                        f32x4.add
                        f32x4.add
                        local.get $4
                        v128.const i32x4 0x3f318000 0x3f318000 0x3f318000 0x3f318000
                        f32x4.mul
                        f32x4.add
                        v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000
                        v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000
                        v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
                        local.get $7
                        v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000
                        f32x4.eq
                        local.tee $4
                        v128.bitselect
                        local.get $7
                        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
                        f32x4.eq
                        v128.bitselect
                        local.get $7
                        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
                        f32x4.gt
                        local.get $7
                        v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000
                        f32x4.lt
                        v128.and
                        v128.bitselect
                        f32x4.div
                        f32x4.mul
                        local.get $8
                        v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
                        f32x4.eq
                        v128.bitselect
                        local.get $8
                        v128.const i32x4 0xbf800000 0xbf800000 0xbf800000 0xbf800000
                        f32x4.eq
                        v128.bitselect
                        local.get $4
                        v128.bitselect
                        v128.store
                        local.get $1
                        i32.const 16
                        i32.add
                        local.set $1
                        br $for-loop|9
                       end
                      end
                      br $break|0
                     end
                     local.get $1
                     local.get $3
                     i32.const 3
                     i32.add
                     i32.const -4
                     i32.and
                     i32.const 2
                     i32.shl
                     i32.add
                     local.set $0
                     local.get $2
                     local.get $1
                     i32.sub
                     local.set $2
                     loop $for-loop|11
                      local.get $0
                      local.get $1
                      i32.gt_u
                      if
                       local.get $1
                       v128.load
                       local.tee $4
                       v128.const i32x4 0x00800000 0x00800000 0x00800000 0x00800000
                       f32x4.lt
                       local.set $7
                       local.get $4
                       v128.const i32x4 0x4c000000 0x4c000000 0x4c000000 0x4c000000
                       f32x4.mul
                       local.get $4
                       local.get $7
                       v128.bitselect
                       local.tee $8
                       v128.const i32x4 0x007fffff 0x007fffff 0x007fffff 0x007fffff
                       v128.and
                       v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
                       v128.or
                       local.tee $9
                       v128.const i32x4 0x3f3504f3 0x3f3504f3 0x3f3504f3 0x3f3504f3
                       f32x4.lt
                       local.set $10
                       local.get $9
                       local.get $9
                       local.get $10
                       v128.and
                       f32x4.add
                       v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
                       f32x4.sub
                       local.tee $9
                       local.get $9
                       f32x4.mul
                       local.set $11
                       local.get $1
                       local.get $2
                       i32.add
                       local.get $9
                       v128.const i32x4 0x3d9021bb 0x3d9021bb 0x3d9021bb 0x3d9021bb
                       local.get $9
                       f32x4.mul
                       v128.const i32x4 0xbdebd1b8 0xbdebd1b8 0xbdebd1b8 0xbdebd1b8
                       f32x4.add
                       local.get $9
                       f32x4.mul
                       v128.const i32x4 0x3def251a 0x3def251a 0x3def251a 0x3def251a
                       f32x4.add
                       local.get $9
                       f32x4.mul
                       v128.const i32x4 0xbdfe5d4f 0xbdfe5d4f 0xbdfe5d4f 0xbdfe5d4f
                       f32x4.add
                       local.get $9
                       f32x4.mul
                       v128.const i32x4 0x3e11e9bf 0x3e11e9bf 0x3e11e9bf 0x3e11e9bf
                       f32x4.add
                       local.get $9
                       f32x4.mul
                       v128.const i32x4 0xbe2aae50 0xbe2aae50 0xbe2aae50 0xbe2aae50
                       f32x4.add
                       local.get $9
                       f32x4.mul
                       v128.const i32x4 0x3e4cceac 0x3e4cceac 0x3e4cceac 0x3e4cceac
                       f32x4.add
                       local.get $9
                       f32x4.mul
                       v128.const i32x4 0xbe7ffffc 0xbe7ffffc 0xbe7ffffc 0xbe7ffffc
                       f32x4.add
                       local.get $9
                       f32x4.mul
                       v128.const i32x4 0x3eaaaaaa 0x3eaaaaaa 0x3eaaaaaa 0x3eaaaaaa
                       f32x4.add
                       local.get $9
                       f32x4.mul
                       local.get $11
                       f32x4.mul
                       v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
                       local.get $11
                       f32x4.mul
                       f32x4.sub
                       local.get $8
                       i32.const 23
                       i32x4.shr_u
                       v128.const i32x4 0x0000007e 0x0000007e 0x0000007e 0x0000007e
                       i32x4.sub
                       local.get $7
                       v128.const i32x4 0x00000019 0x00000019 0x00000019 0x00000019
                       v128.and
                       i32x4.sub
                       local.get $10
                       i32x4.add
                       f32x4.convert_i32x4_s
                       local.tee $7
                       v128.const i32x4 0xb95e8083 0xb95e8083 0xb95e8083 0xb95e8083
                       f32x4.mul
                       f32x4.add
                       f32x4.add
                       local.get $7
                       v128.const i32x4 0x3f318000 0x3f318000 0x3f318000 0x3f318000
                       f32x4.mul
                       f32x4.add
                       v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000
                       v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000
                       v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
                       local.get $4
                       v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000
                       f32x4.eq
                       v128.bitselect
                       local.get $4
                       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
                       f32x4.eq
                       v128.bitselect
                       local.get $4
                       v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
                       f32x4.gt
                       local.get $4
                       v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000
                       f32x4.lt
                       v128.and
                       v128.bitselect
                       v128.store
                       local.get $1
                       i32.const 16
                       i32.add
                       local.set $1
                       br $for-loop|11
                      end
                     end
                     br $break|0
                    end
                    local.get $1
                    local.get $3
                    i32.const 3
                    i32.add
                    i32.const -4
                    i32.and
                    i32.const 2
                    i32.shl
                    i32.add
                    local.set $0
                    local.get $2
                    local.get $1
                    i32.sub
                    local.set $2
                    loop $for-loop|13
                     local.get $0
                     local.get $1
                     i32.gt_u
                     if
                      local.get $1
                      v128.load
                      local.tee $4
                      v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
                      f32x4.add
                      local.tee $7
                      v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
                      f32x4.sub
                      local.set $8
                      local.get $7
                      v128.const i32x4 0x4c000000 0x4c000000 0x4c000000 0x4c000000
                      f32x4.mul
                      local.get $7
                      local.get $7
                      v128.const i32x4 0x00800000 0x00800000 0x00800000 0x00800000
                      f32x4.lt
                      local.tee $9
                      v128.bitselect
                      local.tee $10
                      v128.const i32x4 0x007fffff 0x007fffff 0x007fffff 0x007fffff
                      v128.and
                      v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
                      v128.or
                      local.tee $11
                      v128.const i32x4 0x3f3504f3 0x3f3504f3 0x3f3504f3 0x3f3504f3
                      f32x4.lt
                      local.set $12
                      local.get $11
                      local.get $11
                      local.get $12
                      v128.and
                      f32x4.add
                      v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
                      f32x4.sub
                      local.tee $11
                      local.get $11
                      f32x4.mul
                      local.set $13
                      local.get $1
                      local.get $2
                      i32.add
                      local.get $4
                      local.get $4
                      local.get $11
                      v128.const i32x4 0x3d9021bb 0x3d9021bb 0x3d9021bb 0x3d9021bb
                      local.get $11
                      f32x4.mul
                      v128.const i32x4 0xbdebd1b8 0xbdebd1b8 0xbdebd1b8 0xbdebd1b8
                      f32x4.add
                      local.get $11
                      f32x4.mul
                      v128.const i32x4 0x3def251a 0x3def251a 0x3def251a 0x3def251a
                      f32x4.add
                      local.get $11
                      f32x4.mul
                      v128.const i32x4 0xbdfe5d4f 0xbdfe5d4f 0xbdfe5d4f 0xbdfe5d4f
                      f32x4.add
                      local.get $11
                      f32x4.mul
                      v128.const i32x4 0x3e11e9bf 0x3e11e9bf 0x3e11e9bf 0x3e11e9bf
                      f32x4.add
                      local.get $11
                      f32x4.mul
                      v128.const i32x4 0xbe2aae50 0xbe2aae50 0xbe2aae50 0xbe2aae50
                      f32x4.add
                      local.get $11
                      f32x4.mul
                      v128.const i32x4 0x3e4cceac 0x3e4cceac 0x3e4cceac 0x3e4cceac
                      f32x4.add
                      local.get $11
                      f32x4.mul
                      v128.const i32x4 0xbe7ffffc 0xbe7ffffc 0xbe7ffffc 0xbe7ffffc
                      f32x4.add
                      local.get $11
                      f32x4.mul
                      v128.const i32x4 0x3eaaaaaa 0x3eaaaaaa 0x3eaaaaaa 0x3eaaaaaa
                      f32x4.add
                      local.get $11
                      f32x4.mul
                      local.get $13
                      f32x4.mul
                      v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
                      local.get $13
                      f32x4.mul
                      f32x4.sub
                      local.get $10
                      i32.const 23
                      i32x4.shr_u
                      v128.const i32x4 0x0000007e 0x0000007e 0x0000007e 0x0000007e
                      i32x4.sub
                      local.get $9
                      v128.const i32x4 0x00000019 0x00000019 0x00000019 0x00000019
                      v128.and
                      i32x4.sub
                      local.get $12
                      i32x4.add
                      f32x4.convert_i32x4_s
                      local.tee $9
                      v128.const i32x4 0xb95e8083 0xb95e8083 0xb95e8083 0xb95e8083
                      f32x4.mul
                      f32x4.add
                      f32x4.add
                      local.get $9
                      v128.const i32x4 0x3f318000 0x3f318000 0x3f318000 0x3f318000
                      f32x4.mul
                      f32x4.add
                      v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000
                      v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000
                      v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
                      local.get $7
                      v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000
                      f32x4.eq
                      v128.bitselect
                      local.get $7
                      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
                      f32x4.eq
                      v128.bitselect
                      local.get $7
                      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
                      f32x4.gt
                      local.get $7
                      v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000
                      f32x4.lt
                      v128.and
                      v128.bitselect
                      local.get $4
                      local.get $8
                      f32x4.div
                      f32x4.mul
                      local.get $8
                      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
                      f32x4.eq
                      v128.bitselect
                      local.get $4
                      v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000
                      f32x4.eq
                      v128.bitselect
                      v128.store
                      local.get $1
                      i32.const 16
                      i32.add
                      local.set $1
                      br $for-loop|13
                     end
                    end
                    br $break|0
                   end
                   local.get $1
                   local.get $3
                   i32.const 3
                   i32.add
                   i32.const -4
                   i32.and
                   i32.const 2
                   i32.shl
                   i32.add
                   local.set $0
                   local.get $2
                   local.get $1
                   i32.sub
                   local.set $2
                   loop $for-loop|15
                    local.get $0
                    local.get $1
                    i32.gt_u
                    if
                     local.get $1
                     v128.load
                     local.tee $4
                     v128.const i32x4 0x00800000 0x00800000 0x00800000 0x00800000
                     f32x4.lt
                     local.set $7
                     local.get $4
                     v128.const i32x4 0x4c000000 0x4c000000 0x4c000000 0x4c000000
                     f32x4.mul
                     local.get $4
                     local.get $7
                     v128.bitselect
                     local.tee $8
                     v128.const i32x4 0x007fffff 0x007fffff 0x007fffff 0x007fffff
                     v128.and
                     v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
                     v128.or
                     local.tee $9
                     v128.const i32x4 0x3f3504f3 0x3f3504f3 0x3f3504f3 0x3f3504f3
                     f32x4.lt
                     local.set $10
                     local.get $9
                     local.get $9
                     local.get $10
                     v128.and
                     f32x4.add
                     v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
                     f32x4.sub
                     local.tee $9
                     local.get $9
                     f32x4.mul
                     local.set $11
                     local.get $1
                     local.get $2
                     i32.add
                     v128.const i32x4 0x3d9021bb 0x3d9021bb 0x3d9021bb 0x3d9021bb
                     local.get $9
                     f32x4.mul
                     v128.const i32x4 0xbdebd1b8 0xbdebd1b8 0xbdebd1b8 0xbdebd1b8
                     f32x4.add
                     local.get $9
                     f32x4.mul
                     v128.const i32x4 0x3def251a 0x3def251a 0x3def251a 0x3def251a
                     f32x4.add
                     local.get $9
                     f32x4.mul
                     v128.const i32x4 0xbdfe5d4f 0xbdfe5d4f 0xbdfe5d4f 0xbdfe5d4f
                     f32x4.add
                     local.get $9
                     f32x4.mul
                     v128.const i32x4 0x3e11e9bf 0x3e11e9bf 0x3e11e9bf 0x3e11e9bf
                     f32x4.add
                     local.get $9
                     f32x4.mul
                     v128.const i32x4 0xbe2aae50 0xbe2aae50 0xbe2aae50 0xbe2aae50
                     f32x4.add
                     local.get $9
                     f32x4.mul
                     v128.const i32x4 0x3e4cceac 0x3e4cceac 0x3e4cceac 0x3e4cceac
                     f32x4.add
                     local.get $9
                     f32x4.mul
                     v128.const i32x4 0xbe7ffffc 0xbe7ffffc 0xbe7ffffc 0xbe7ffffc
                     f32x4.add
                     local.get $9
                     f32x4.mul
                     v128.const i32x4 0x3eaaaaaa 0x3eaaaaaa 0x3eaaaaaa 0x3eaaaaaa
                     f32x4.add
                     local.get $9
                     f32x4.mul
                     local.get $11
                     f32x4.mul
                     v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
                     local.get $11
                     f32x4.mul
                     f32x4.sub
                     local.tee $11
                     v128.const i32x4 0x3ee2a8ed 0x3ee2a8ed 0x3ee2a8ed 0x3ee2a8ed
                     f32x4.mul
                     local.get $9
                     v128.const i32x4 0x3ee2a8ed 0x3ee2a8ed 0x3ee2a8ed 0x3ee2a8ed
                     f32x4.mul
                     f32x4.add
                     local.get $11
                     f32x4.add
                     local.get $9
                     f32x4.add
                     local.get $8
                     i32.const 23
                     i32x4.shr_u
                     v128.const i32x4 0x0000007e 0x0000007e 0x0000007e 0x0000007e
                     i32x4.sub
                     local.get $7
                     v128.const i32x4 0x00000019 0x00000019 0x00000019 0x00000019
                     v128.and
                     i32x4.sub
                     local.get $10
                     i32x4.add
                     f32x4.convert_i32x4_s
                     f32x4.add
                     v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000
                     v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000
                     v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
                     local.get $4
                     v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000
                     f32x4.eq
                     v128.bitselect
                     local.get $4
                     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
                     f32x4.eq
                     v128.bitselect
                     local.get $4
                     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
                     f32x4.gt
                     local.get $4
                     v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000
                     f32x4.lt
                     v128.and
                     v128.bitselect
                     v128.store
                     local.get $1
                     i32.const 16
                     i32.add
                     local.set $1
                     br $for-loop|15
                    end
                   end
                   br $break|0
                  end
                  local.get $1
                  local.get $3
                  i32.const 3
                  i32.add
                  i32.const -4
                  i32.and
                  i32.const 2
                  i32.shl
                  i32.add
                  local.set $0
                  local.get $2
                  local.get $1
                  i32.sub
                  local.set $2
                  loop $for-loop|17
                   local.get $0
                   local.get $1
                   i32.gt_u
                   if
                    local.get $1
                    v128.load
                    local.tee $4
                    v128.const i32x4 0x00800000 0x00800000 0x00800000 0x00800000
                    f32x4.lt
                    local.set $7
                    local.get $4
                    v128.const i32x4 0x4c000000 0x4c000000 0x4c000000 0x4c000000
                    f32x4.mul
                    local.get $4
                    local.get $7
                    v128.bitselect
                    local.tee $8
                    v128.const i32x4 0x007fffff 0x007fffff 0x007fffff 0x007fffff
                    v128.and
                    v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
                    v128.or
                    local.tee $9
                    v128.const i32x4 0x3f3504f3 0x3f3504f3 0x3f3504f3 0x3f3504f3
                    f32x4.lt
                    local.set $10
                    local.get $9
                    local.get $9
                    local.get $10
                    v128.and
                    f32x4.add
                    v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
                    f32x4.sub
                    local.tee $9
                    local.get $9
                    f32x4.mul
                    local.set $11
                    local.get $1
                    local.get $2
                    i32.add
                    v128.const i32x4 0x3d9021bb 0x3d9021bb 0x3d9021bb 0x3d9021bb
                    local.get $9
                    f32x4.mul
                    v128.const i32x4 0xbdebd1b8 0xbdebd1b8 0xbdebd1b8 0xbdebd1b8
                    f32x4.add
                    local.get $9
                    f32x4.mul
                    v128.const i32x4 0x3def251a 0x3def251a 0x3def251a 0x3def251a
                    f32x4.add
                    local.get $9
                    f32x4.mul
                    v128.const i32x4 0xbdfe5d4f 0xbdfe5d4f 0xbdfe5d4f 0xbdfe5d4f
                    f32x4.add
                    local.get $9
                    f32x4.mul
                    v128.const i32x4 0x3e11e9bf 0x3e11e9bf 0x3e11e9bf 0x3e11e9bf
                    f32x4.add
                    local.get $9
                    f32x4.mul
                    v128.const i32x4 0xbe2aae50 0xbe2aae50 0xbe2aae50 0xbe2aae50
                    f32x4.add
                    local.get $9
                    f32x4.mul
                    v128.const i32x4 0x3e4cceac 0x3e4cceac 0x3e4cceac 0x3e4cceac
                    f32x4.add
                    local.get $9
                    f32x4.mul
                    v128.const i32x4 0xbe7ffffc 0xbe7ffffc 0xbe7ffffc 0xbe7ffffc
                    f32x4.add
                    local.get $9
                    f32x4.mul
                    v128.const i32x4 0x3eaaaaaa 0x3eaaaaaa 0x3eaaaaaa 0x3eaaaaaa
                    f32x4.add
                    local.get $9
                    f32x4.mul
                    local.get $11
                    f32x4.mul
                    v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
                    local.get $11
                    f32x4.mul
                    f32x4.sub
                    local.tee $11
                    v128.const i32x4 0x3a37b152 0x3a37b152 0x3a37b152 0x3a37b152
                    f32x4.mul
                    local.get $9
                    v128.const i32x4 0x3a37b152 0x3a37b152 0x3a37b152 0x3a37b152
                    f32x4.mul
                    f32x4.add
                    local.get $8
                    i32.const 23
                    i32x4.shr_u
                    v128.const i32x4 0x0000007e 0x0000007e 0x0000007e 0x0000007e
                    i32x4.sub
                    local.get $7
                    v128.const i32x4 0x00000019 0x00000019 0x00000019 0x00000019
                    v128.and
                    i32x4.sub
                    local.get $10
                    i32x4.add
                    f32x4.convert_i32x4_s
                    local.tee $7
                    v128.const i32x4 0x39826a14 0x39826a14 0x39826a14 0x39826a14
                    f32x4.mul
                    f32x4.add
                    local.get $11
                    v128.const i32x4 0x3ede0000 0x3ede0000 0x3ede0000 0x3ede0000
                    f32x4.mul
                    f32x4.add
                    local.get $9
                    v128.const i32x4 0x3ede0000 0x3ede0000 0x3ede0000 0x3ede0000
                    f32x4.mul
                    f32x4.add
                    local.get $7
                    v128.const i32x4 0x3e9a0000 0x3e9a0000 0x3e9a0000 0x3e9a0000
                    f32x4.mul
                    f32x4.add
                    v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000
                    v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000
                    v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000
                    local.get $4
                    v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000
                    f32x4.eq
                    v128.bitselect
                    local.get $4
                    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
                    f32x4.eq
                    v128.bitselect
                    local.get $4
                    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
                    f32x4.gt
                    local.get $4
                    v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000
                    f32x4.lt
                    v128.and
                    v128.bitselect
                    v128.store
                    local.get $1
                    i32.const 16
                    i32.add
                    local.set $1
                    br $for-loop|17
                   end
                  end
                  br $break|0
                 end
                 local.get $1
                 local.get $3
                 i32.const 3
                 i32.add
                 i32.const -4
                 i32.and
                 i32.const 2
                 i32.shl
                 i32.add
                 local.set $0
                 local.get $2
                 local.get $1
                 i32.sub
                 local.set $2
                 loop $for-loop|19
                  local.get $0
                  local.get $1
                  i32.gt_u
                  if
                   local.get $1
                   local.get $2
                   i32.add
                   local.get $1
                   v128.load
                   f32x4.sqrt
                   v128.store
                   local.get $1
                   i32.const 16
                   i32.add
                   local.set $1
                   br $for-loop|19
                  end
                 end
                 br $break|0
                end
                local.get $1
                local.get $3
                i32.const 3
                i32.add
                i32.const -4
                i32.and
                i32.const 2
                i32.shl
                i32.add
                local.set $0
                local.get $2
                local.get $1
                i32.sub
                local.set $2
                loop $for-loop|21
                 local.get $0
                 local.get $1
                 i32.gt_u
                 if
                  local.get $1
                  local.get $2
                  i32.add
                  v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
                  local.get $1
                  v128.load
                  f32x4.sqrt
                  f32x4.div
                  v128.store
                  local.get $1
                  i32.const 16
                  i32.add
                  local.set $1
                  br $for-loop|21
                 end
                end
                br $break|0
               end
               local.get $1
               local.get $3
               i32.const 3
               i32.add
               i32.const -4
               i32.and
               i32.const 2
               i32.shl
               i32.add
               local.set $0
               local.get $2
               local.get $1
               i32.sub
               local.set $2
               loop $for-loop|23
                local.get $0
                local.get $1
                i32.gt_u
                if
                 v128.const i32x4 0xbbbaf0ea 0xbbbaf0ea 0xbbbaf0ea 0xbbbaf0ea
                 local.get $1
                 v128.load
                 local.tee $4
                 local.get $4
                 f32x4.mul
                 local.tee $7
                 f32x4.mul
                 v128.const i32x4 0x3ca9134e 0x3ca9134e 0x3ca9134e 0x3ca9134e
                 f32x4.add
                 local.get $7
                 f32x4.mul
                 v128.const i32x4 0xbd5c1e2d 0xbd5c1e2d 0xbd5c1e2d 0xbd5c1e2d
                 f32x4.add
                 local.get $7
                 f32x4.mul
                 v128.const i32x4 0x3e088393 0x3e088393 0x3e088393 0x3e088393
                 f32x4.add
                 local.get $7
                 f32x4.mul
                 v128.const i32x4 0xbeaaaa99 0xbeaaaa99 0xbeaaaa99 0xbeaaaa99
                 f32x4.add
                 local.get $7
                 f32x4.mul
                 local.get $4
                 f32x4.mul
                 local.get $4
                 f32x4.add
                 local.set $7
                 local.get $1
                 local.get $2
                 i32.add
                 local.get $4
                 f32x4.abs
                 local.tee $8
                 v128.const i32x4 0x3f200000 0x3f200000 0x3f200000 0x3f200000
                 f32x4.lt
                 local.tee $9
                 v128.not
                 v128.any_true
                 if (result v128)
                  local.get $8
                  local.get $8
                  f32x4.add
                  v128.const i32x4 0x42b20000 0x42b20000 0x42b20000 0x42b20000
                  f32x4.min
                  v128.const i32x4 0xc2d00000 0xc2d00000 0xc2d00000 0xc2d00000
                  f32x4.max
                  local.tee $8
                  v128.const i32x4 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b
                  f32x4.mul
                  f32x4.nearest
                  local.set $10
                  local.get $7
                  v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
                  v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
                  v128.const i32x4 0x39506967 0x39506967 0x39506967 0x39506967
                  local.get $8
                  local.get $10
                  v128.const i32x4 0x3f318000 0x3f318000 0x3f318000 0x3f318000
                  f32x4.mul
                  f32x4.sub
                  local.get $10
                  v128.const i32x4 0xb95e8083 0xb95e8083 0xb95e8083 0xb95e8083
                  f32x4.mul
                  f32x4.sub
                  local.tee $7
                  f32x4.mul
                  v128.const i32x4 0x3ab743ce 0x3ab743ce 0x3ab743ce 0x3ab743ce
                  f32x4.add
                  local.get $7
                  f32x4.mul
                  v128.const i32x4 0x3c088908 0x3c088908 0x3c088908 0x3c088908
                  f32x4.add
                  local.get $7
                  f32x4.mul
                  v128.const i32x4 0x3d2aa9c1 0x3d2aa9c1 0x3d2aa9c1 0x3d2aa9c1
                  f32x4.add
                  local.get $7
                  f32x4.mul
                  v128.const i32x4 0x3e2aaaaa 0x3e2aaaaa 0x3e2aaaaa 0x3e2aaaaa
                  f32x4.add
                  local.get $7
                  f32x4.mul
                  v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
                  f32x4.add
                  local.get $7
                  local.get $7
                  f32x4.mul
                  f32x4.mul
                  local.get $7
                  f32x4.add
                  v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
                  f32x4.add
                  local.get $10
                  i32x4.trunc_sat_f32x4_s
                  local.tee $7
                  i32.const 1
                  i32x4.shr_s
                  local.tee $8
                  v128.const i32x4 0x0000007f 0x0000007f 0x0000007f 0x0000007f
                  i32x4.add
                  i32.const 23
                  i32x4.shl
                  f32x4.mul
                  local.get $7
                  local.get $8
                  i32x4.sub
                  v128.const i32x4 0x0000007f 0x0000007f 0x0000007f 0x0000007f
                  i32x4.add
                  i32.const 23
                  i32x4.shl
                  f32x4.mul
                  v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
                  f32x4.add
                  f32x4.div
                  f32x4.sub
                  v128.const i32x4 0x7fffffff 0x7fffffff 0x7fffffff 0x7fffffff
                  v128.and
                  local.get $4
                  v128.const i32x4 0x80000000 0x80000000 0x80000000 0x80000000
                  v128.and
                  v128.or
                  local.get $9
                  v128.bitselect
                 else
                  local.get $7
                 end
                 v128.store
                 local.get $1
                 i32.const 16
                 i32.add
                 local.set $1
                 br $for-loop|23
                end
               end
               br $break|0
              end
              local.get $1
              local.get $3
              i32.const 3
              i32.add
              i32.const -4
              i32.and
              i32.const 2
              i32.shl
              i32.add
              local.set $0
              local.get $2
              local.get $1
              i32.sub
              local.set $2
              loop $for-loop|25
               local.get $0
               local.get $1
               i32.gt_u
               if
                v128.const i32x4 0xba30edbf 0xba30edbf 0xba30edbf 0xba30edbf
                local.get $1
                v128.load
                local.tee $4
                local.get $4
                f32x4.mul
                local.tee $7
                f32x4.mul
                v128.const i32x4 0x3ba795f7 0x3ba795f7 0x3ba795f7 0x3ba795f7
                f32x4.add
                local.get $7
                f32x4.mul
                v128.const i32x4 0xbcdbd440 0xbcdbd440 0xbcdbd440 0xbcdbd440
                f32x4.add
                local.get $7
                f32x4.mul
                v128.const i32x4 0x3de71563 0x3de71563 0x3de71563 0x3de71563
                f32x4.add
                local.get $7
                f32x4.mul
                v128.const i32x4 0xbec0939d 0xbec0939d 0xbec0939d 0xbec0939d
                f32x4.add
                local.get $7
                f32x4.mul
                v128.const i32x4 0x3f906eba 0x3f906eba 0x3f906eba 0x3f906eba
                f32x4.add
                local.get $4
                f32x4.mul
                local.set $7
                local.get $1
                local.get $2
                i32.add
                local.get $4
                f32x4.abs
                local.tee $8
                v128.const i32x4 0x3f400000 0x3f400000 0x3f400000 0x3f400000
                f32x4.lt
                local.tee $9
                v128.not
                v128.any_true
                if (result v128)
                 local.get $8
                 v128.const i32x4 0x41280000 0x41280000 0x41280000 0x41280000
                 f32x4.min
                 local.tee $8
                 v128.const i32x4 0xfffff000 0xfffff000 0xfffff000 0xfffff000
                 v128.and
                 local.tee $10
                 local.get $10
                 f32x4.mul
                 v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
                 f32x4.mul
                 f32x4.neg
                 v128.const i32x4 0x42b20000 0x42b20000 0x42b20000 0x42b20000
                 f32x4.min
                 v128.const i32x4 0xc2d00000 0xc2d00000 0xc2d00000 0xc2d00000
                 f32x4.max
                 local.tee $11
                 v128.const i32x4 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b
                 f32x4.mul
                 f32x4.nearest
                 local.set $12
                 local.get $7
                 v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
                 v128.const i32x4 0xbd94f3f2 0xbd94f3f2 0xbd94f3f2 0xbd94f3f2
                 v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
                 v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
                 local.get $8
                 v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
                 f32x4.mul
                 f32x4.add
                 f32x4.div
                 local.tee $7
                 f32x4.mul
                 v128.const i32x4 0x3eb0a700 0x3eb0a700 0x3eb0a700 0x3eb0a700
                 f32x4.add
                 local.get $7
                 f32x4.mul
                 v128.const i32x4 0xbf19e0c1 0xbf19e0c1 0xbf19e0c1 0xbf19e0c1
                 f32x4.add
                 local.get $7
                 f32x4.mul
                 v128.const i32x4 0x3ecb8cee 0x3ecb8cee 0x3ecb8cee 0x3ecb8cee
                 f32x4.add
                 local.get $7
                 f32x4.mul
                 v128.const i32x4 0xbdd383b5 0xbdd383b5 0xbdd383b5 0xbdd383b5
                 f32x4.add
                 local.get $7
                 f32x4.mul
                 v128.const i32x4 0x3e6f590a 0x3e6f590a 0x3e6f590a 0x3e6f590a
                 f32x4.add
                 local.get $7
                 f32x4.mul
                 v128.const i32x4 0x3e70d623 0x3e70d623 0x3e70d623 0x3e70d623
                 f32x4.add
                 local.get $7
                 f32x4.mul
                 v128.const i32x4 0x3e913334 0x3e913334 0x3e913334 0x3e913334
                 f32x4.add
                 local.get $7
                 f32x4.mul
                 v128.const i32x4 0x3e90602e 0x3e90602e 0x3e90602e 0x3e90602e
                 f32x4.add
                 local.get $7
                 f32x4.mul
                 v128.const i32x4 0x36713598 0x36713598 0x36713598 0x36713598
                 f32x4.add
                 v128.const i32x4 0x39506967 0x39506967 0x39506967 0x39506967
                 local.get $11
                 local.get $12
                 v128.const i32x4 0x3f318000 0x3f318000 0x3f318000 0x3f318000
                 f32x4.mul
                 f32x4.sub
                 local.get $12
                 v128.const i32x4 0xb95e8083 0xb95e8083 0xb95e8083 0xb95e8083
                 f32x4.mul
                 f32x4.sub
                 local.tee $7
                 f32x4.mul
                 v128.const i32x4 0x3ab743ce 0x3ab743ce 0x3ab743ce 0x3ab743ce
                 f32x4.add
                 local.get $7
                 f32x4.mul
                 v128.const i32x4 0x3c088908 0x3c088908 0x3c088908 0x3c088908
                 f32x4.add
                 local.get $7
                 f32x4.mul
                 v128.const i32x4 0x3d2aa9c1 0x3d2aa9c1 0x3d2aa9c1 0x3d2aa9c1
                 f32x4.add
                 local.get $7
                 f32x4.mul
                 v128.const i32x4 0x3e2aaaaa 0x3e2aaaaa 0x3e2aaaaa 0x3e2aaaaa
                 f32x4.add
                 local.get $7
                 f32x4.mul
                 v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
                 f32x4.add
                 local.get $7
                 local.get $7
                 f32x4.mul
                 f32x4.mul
                 local.get $7
                 f32x4.add
                 v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
                 f32x4.add
                 local.get $12
                 i32x4.trunc_sat_f32x4_s
                 local.tee $7
                 i32.const 1
                 i32x4.shr_s
                 local.tee $11
                 v128.const i32x4 0x0000007f 0x0000007f 0x0000007f 0x0000007f
                 i32x4.add
                 i32.const 23
                 i32x4.shl
                 f32x4.mul
                 local.get $7
                 local.get $11
                 i32x4.sub
                 v128.const i32x4 0x0000007f 0x0000007f 0x0000007f 0x0000007f
                 i32x4.add
                 i32.const 23
                 i32x4.shl
                 f32x4.mul
                 f32x4.mul
                 v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
                 local.get $8
                 local.get $10
                 f32x4.sub
                 local.get $8
                 local.get $10
                 f32x4.add
                 f32x4.mul
                 v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
                 f32x4.mul
                 local.tee $7
                 v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
                 local.get $7
                 v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
                 local.get $7
                 v128.const i32x4 0x3e2aaaab 0x3e2aaaab 0x3e2aaaab 0x3e2aaaab
                 local.get $7
                 v128.const i32x4 0x3d2aaaab 0x3d2aaaab 0x3d2aaaab 0x3d2aaaab
                 f32x4.mul
                 f32x4.sub
                 f32x4.mul
                 f32x4.sub
                 f32x4.mul
                 f32x4.sub
                 f32x4.mul
                 f32x4.sub
                 f32x4.mul
                 f32x4.sub
                 v128.const i32x4 0x7fffffff 0x7fffffff 0x7fffffff 0x7fffffff
                 v128.and
                 local.get $4
                 v128.const i32x4 0x80000000 0x80000000 0x80000000 0x80000000
                 v128.and
                 v128.or
                 local.get $9
                 v128.bitselect
                else
                 local.get $7
                end
                v128.store
                local.get $1
                i32.const 16
                i32.add
                local.set $1
                br $for-loop|25
               end
              end
              br $break|0
             end
             local.get $1
             local.get $3
             i32.const 3
             i32.add
             i32.const -4
             i32.and
             i32.const 2
             i32.shl
             i32.add
             local.set $0
             local.get $2
             local.get $1
             i32.sub
             local.set $2
             loop $for-loop|27
              local.get $0
              local.get $1
              i32.gt_u
              if
               v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
               v128.const i32x4 0xba30edbf 0xba30edbf 0xba30edbf 0xba30edbf
               local.get $1
               v128.load
               local.tee $4
               local.get $4
               f32x4.mul
               local.tee $7
               f32x4.mul
               v128.const i32x4 0x3ba795f7 0x3ba795f7 0x3ba795f7 0x3ba795f7
               f32x4.add
               local.get $7
               f32x4.mul
               v128.const i32x4 0xbcdbd440 0xbcdbd440 0xbcdbd440 0xbcdbd440
               f32x4.add
               local.get $7
               f32x4.mul
               v128.const i32x4 0x3de71563 0x3de71563 0x3de71563 0x3de71563
               f32x4.add
               local.get $7
               f32x4.mul
               v128.const i32x4 0xbec0939d 0xbec0939d 0xbec0939d 0xbec0939d
               f32x4.add
               local.get $7
               f32x4.mul
               v128.const i32x4 0x3f906eba 0x3f906eba 0x3f906eba 0x3f906eba
               f32x4.add
               local.get $4
               f32x4.mul
               f32x4.sub
               local.set $7
               local.get $1
               local.get $2
               i32.add
               local.get $4
               f32x4.abs
               local.tee $8
               v128.const i32x4 0x3f400000 0x3f400000 0x3f400000 0x3f400000
               f32x4.lt
               local.tee $9
               v128.not
               v128.any_true
               if (result v128)
                local.get $8
                v128.const i32x4 0x41280000 0x41280000 0x41280000 0x41280000
                f32x4.min
                local.tee $8
                v128.const i32x4 0xfffff000 0xfffff000 0xfffff000 0xfffff000
                v128.and
                local.tee $10
                local.get $10
                f32x4.mul
                v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
                f32x4.mul
                f32x4.neg
                v128.const i32x4 0x42b20000 0x42b20000 0x42b20000 0x42b20000
                f32x4.min
                v128.const i32x4 0xc2d00000 0xc2d00000 0xc2d00000 0xc2d00000
                f32x4.max
                local.tee $11
                v128.const i32x4 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b
                f32x4.mul
                f32x4.nearest
                local.set $12
                local.get $7
                v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000
                v128.const i32x4 0xbd94f3f2 0xbd94f3f2 0xbd94f3f2 0xbd94f3f2
                v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
                v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
                local.get $8
                v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
                f32x4.mul
                f32x4.add
                f32x4.div
                local.tee $7
                f32x4.mul
                v128.const i32x4 0x3eb0a700 0x3eb0a700 0x3eb0a700 0x3eb0a700
                f32x4.add
                local.get $7
                f32x4.mul
                v128.const i32x4 0xbf19e0c1 0xbf19e0c1 0xbf19e0c1 0xbf19e0c1
                f32x4.add
                local.get $7
                f32x4.mul
                v128.const i32x4 0x3ecb8cee 0x3ecb8cee 0x3ecb8cee 0x3ecb8cee
                f32x4.add
                local.get $7
                f32x4.mul
                v128.const i32x4 0xbdd383b5 0xbdd383b5 0xbdd383b5 0xbdd383b5
                f32x4.add
                local.get $7
                f32x4.mul
                v128.const i32x4 0x3e6f590a 0x3e6f590a 0x3e6f590a 0x3e6f590a
                f32x4.add
                local.get $7
                f32x4.mul
                v128.const i32x4 0x3e70d623 0x3e70d623 0x3e70d623 0x3e70d623
                f32x4.add
                local.get $7
                f32x4.mul
                v128.const i32x4 0x3e913334 0x3e913334 0x3e913334 0x3e913334
                f32x4.add
                local.get $7
                f32x4.mul
                v128.const i32x4 0x3e90602e 0x3e90602e 0x3e90602e 0x3e90602e
                f32x4.add
                local.get $7
                f32x4.mul
                v128.const i32x4 0x36713598 0x36713598 0x36713598 0x36713598
                f32x4.add
                v128.const i32x4 0x39506967 0x39506967 0x39506967 0x39506967
                local.get $11
                local.get $12
                v128.const i32x4 0x3f318000 0x3f318000 0x3f318000 0x3f318000
                f32x4.mul
                f32x4.sub
                local.get $12
                v128.const i32x4 0xb95e8083 0xb95e8083 0xb95e8083 0xb95e8083
                f32x4.mul
                f32x4.sub
                local.tee $7
                f32x4.mul
                v128.const i32x4 0x3ab743ce 0x3ab743ce 0x3ab743ce 0x3ab743ce
                f32x4.add
                local.get $7
                f32x4.mul
                v128.const i32x4 0x3c088908 0x3c088908 0x3c088908 0x3c088908
                f32x4.add
                local.get $7
                f32x4.mul
                v128.const i32x4 0x3d2aa9c1 0x3d2aa9c1 0x3d2aa9c1 0x3d2aa9c1
                f32x4.add
                local.get $7
                f32x4.mul
                v128.const i32x4 0x3e2aaaaa 0x3e2aaaaa 0x3e2aaaaa 0x3e2aaaaa
                f32x4.add
                local.get $7
                f32x4.mul
                v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
                f32x4.add
                local.get $7
                local.get $7
                f32x4.mul
                f32x4.mul
                local.get $7
                f32x4.add
                v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
                f32x4.add
                local.get $12
                i32x4.trunc_sat_f32x4_s
                local.tee $7
                i32.const 1
                i32x4.shr_s
                local.tee $11
                v128.const i32x4 0x0000007f 0x0000007f 0x0000007f 0x0000007f
                i32x4.add
                i32.const 23
                i32x4.shl
                f32x4.mul
                local.get $7
                local.get $11
                i32x4.sub
                v128.const i32x4 0x0000007f 0x0000007f 0x0000007f 0x0000007f
                i32x4.add
                i32.const 23
                i32x4.shl
                f32x4.mul
                f32x4.mul
                v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
                local.get $8
                local.get $10
                f32x4.sub
                local.get $8
                local.get $10
                f32x4.add
                f32x4.mul
                v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
                f32x4.mul
                local.tee $7
                v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
                local.get $7
                v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
                local.get $7
                v128.const i32x4 0x3e2aaaab 0x3e2aaaab 0x3e2aaaab 0x3e2aaaab
                local.get $7
                v128.const i32x4 0x3d2aaaab 0x3d2aaaab 0x3d2aaaab 0x3d2aaaab
                f32x4.mul
                f32x4.sub
                f32x4.mul
                f32x4.sub
                f32x4.mul
                f32x4.sub
                f32x4.mul
                f32x4.sub
                f32x4.mul
                local.tee $7
                f32x4.sub
                local.get $7
                local.get $4
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
                f32x4.lt
                v128.bitselect
                local.get $9
                v128.bitselect
               else
                local.get $7
               end
               v128.store
               local.get $1
               i32.const 16
               i32.add
               local.set $1
               br $for-loop|27
              end
             end
             br $break|0
            end
            local.get $1
            local.get $3
            i32.const 3
            i32.add
            i32.const -4
            i32.and
            i32.const 2
            i32.shl
            i32.add
            local.set $0
            local.get $2
            local.get $1
            i32.sub
            local.set $2
            loop $for-loop|29
             local.get $0
             local.get $1
             i32.gt_u
             if
              local.get $1
              local.get $2
              i32.add
              v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
              local.get $1
              v128.load
              f32x4.div
              v128.store
              local.get $1
              i32.const 16
              i32.add
              local.set $1
              br $for-loop|29
             end
            end
            br $break|0
           end
           local.get $1
           local.get $3
           i32.const 3
           i32.add
           i32.const -4
           i32.and
           i32.const 2
           i32.shl
           i32.add
           local.set $0
           local.get $2
           local.get $1
           i32.sub
           local.set $2
           loop $for-loop|31
            local.get $0
            local.get $1
            i32.gt_u
            if
             local.get $1
             local.get $2
             i32.add
             local.get $1
             v128.load
             local.tee $4
             local.get $4
             f32x4.mul
             v128.store
             local.get $1
             i32.const 16
             i32.add
             local.set $1
             br $for-loop|31
            end
           end
           br $break|0
          end
          local.get $1
          local.get $3
          i32.const 3
          i32.add
          i32.const -4
          i32.and
          i32.const 2
          i32.shl
          i32.add
          local.set $0
          local.get $2
          local.get $1
          i32.sub
          local.set $2
          loop $for-loop|33
           local.get $0
           local.get $1
           i32.gt_u
           if
            local.get $1
            v128.load
            f32x4.neg
            v128.const i32x4 0x42b20000 0x42b20000 0x42b20000 0x42b20000
            f32x4.min
            v128.const i32x4 0xc2d00000 0xc2d00000 0xc2d00000 0xc2d00000
            f32x4.max
            local.tee $4
            v128.const i32x4 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b
            f32x4.mul
            f32x4.nearest
            local.set $7
            local.get $1
            local.get $2
            i32.add
            v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
            v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
            v128.const i32x4 0x39506967 0x39506967 0x39506967 0x39506967
            local.get $4
            local.get $7
            v128.const i32x4 0x3f318000 0x3f318000 0x3f318000 0x3f318000
            f32x4.mul
            f32x4.sub
            local.get $7
            v128.const i32x4 0xb95e8083 0xb95e8083 0xb95e8083 0xb95e8083
            f32x4.mul
            f32x4.sub
            local.tee $4
            f32x4.mul
            v128.const i32x4 0x3ab743ce 0x3ab743ce 0x3ab743ce 0x3ab743ce
            f32x4.add
            local.get $4
            f32x4.mul
            v128.const i32x4 0x3c088908 0x3c088908 0x3c088908 0x3c088908
            f32x4.add
            local.get $4
            f32x4.mul
            v128.const i32x4 0x3d2aa9c1 0x3d2aa9c1 0x3d2aa9c1 0x3d2aa9c1
            f32x4.add
            local.get $4
            f32x4.mul
            v128.const i32x4 0x3e2aaaaa 0x3e2aaaaa 0x3e2aaaaa 0x3e2aaaaa
            f32x4.add
            local.get $4
            f32x4.mul
            v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
            f32x4.add
            local.get $4
            local.get $4
            f32x4.mul
            f32x4.mul
            local.get $4
            f32x4.add
            v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
            f32x4.add
            local.get $7
            i32x4.trunc_sat_f32x4_s
            local.tee $4
            i32.const 1
            i32x4.shr_s
            local.tee $7
            v128.const i32x4 0x0000007f 0x0000007f 0x0000007f 0x0000007f
            i32x4.add
            i32.const 23
            i32x4.shl
            f32x4.mul
            local.get $4
            local.get $7
            i32x4.sub
            v128.const i32x4 0x0000007f 0x0000007f 0x0000007f 0x0000007f
            i32x4.add
            i32.const 23
            i32x4.shl
            f32x4.mul
            f32x4.add
            f32x4.div
            v128.store
            local.get $1
            i32.const 16
            i32.add
            local.set $1
            br $for-loop|33
           end
          end
          br $break|0
         end
         local.get $1
         local.get $3
         i32.const 3
         i32.add
         i32.const -4
         i32.and
         i32.const 2
         i32.shl
         i32.add
         local.set $0
         local.get $2
         local.get $1
         i32.sub
         local.set $2
         loop $for-loop|35
          local.get $0
          local.get $1
          i32.gt_u
          if
           local.get $1
           v128.load
           local.tee $4
           f32x4.abs
           f32x4.neg
           v128.const i32x4 0x42b20000 0x42b20000 0x42b20000 0x42b20000
           f32x4.min
           v128.const i32x4 0xc2d00000 0xc2d00000 0xc2d00000 0xc2d00000
           f32x4.max
           local.tee $7
           v128.const i32x4 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b
           f32x4.mul
           f32x4.nearest
           local.set $8
           v128.const i32x4 0x39506967 0x39506967 0x39506967 0x39506967
           local.get $7
           local.get $8
           v128.const i32x4 0x3f318000 0x3f318000 0x3f318000 0x3f318000
           f32x4.mul
           f32x4.sub
           local.get $8
           v128.const i32x4 0xb95e8083 0xb95e8083 0xb95e8083 0xb95e8083
           f32x4.mul
           f32x4.sub
           local.tee $7
           f32x4.mul
           v128.const i32x4 0x3ab743ce 0x3ab743ce 0x3ab743ce 0x3ab743ce
           f32x4.add
           local.get $7
           f32x4.mul
           v128.const i32x4 0x3c088908 0x3c088908 0x3c088908 0x3c088908
           f32x4.add
           local.get $7
           f32x4.mul
           v128.const i32x4 0x3d2aa9c1 0x3d2aa9c1 0x3d2aa9c1 0x3d2aa9c1
           f32x4.add
           local.get $7
           f32x4.mul
           v128.const i32x4 0x3e2aaaaa 0x3e2aaaaa 0x3e2aaaaa 0x3e2aaaaa
           f32x4.add
           local.get $7
           f32x4.mul
           v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
           f32x4.add
           local.get $7
           local.get $7
           f32x4.mul
           f32x4.mul
           local.get $7
           f32x4.add
           v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
           f32x4.add
           local.get $8
           i32x4.trunc_sat_f32x4_s
           local.tee $7
           i32.const 1
           i32x4.shr_s
           local.tee $8
           v128.const i32x4 0x0000007f 0x0000007f 0x0000007f 0x0000007f
           i32x4.add
           i32.const 23
           i32x4.shl
           f32x4.mul
           local.get $7
           local.get $8
           i32x4.sub
           v128.const i32x4 0x0000007f 0x0000007f 0x0000007f 0x0000007f
           i32x4.add
           i32.const 23
           i32x4.shl
           f32x4.mul
           local.tee $7
           v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
           f32x4.add
           local.tee $8
           v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
           f32x4.sub
           local.set $9
           local.get $8
           v128.const i32x4 0x4c000000 0x4c000000 0x4c000000 0x4c000000
           f32x4.mul
           local.get $8
           local.get $8
           v128.const i32x4 0x00800000 0x00800000 0x00800000 0x00800000
           f32x4.lt
           local.tee $8
           v128.bitselect
           local.tee $10
           v128.const i32x4 0x007fffff 0x007fffff 0x007fffff 0x007fffff
           v128.and
           v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
           v128.or
           local.tee $11
           v128.const i32x4 0x3f3504f3 0x3f3504f3 0x3f3504f3 0x3f3504f3
           f32x4.lt
           local.set $12
           local.get $11
           local.get $11
           local.get $12
           v128.and
           f32x4.add
           v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
           f32x4.sub
           local.tee $11
           local.get $11
           f32x4.mul
           local.set $13
           local.get $1
           local.get $2
           i32.add
           local.get $4
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           f32x4.min
           local.get $7
           local.get $11
           v128.const i32x4 0x3d9021bb 0x3d9021bb 0x3d9021bb 0x3d9021bb
           local.get $11
           f32x4.mul
           v128.const i32x4 0xbdebd1b8 0xbdebd1b8 0xbdebd1b8 0xbdebd1b8
           f32x4.add
           local.get $11
           f32x4.mul
           v128.const i32x4 0x3def251a 0x3def251a 0x3def251a 0x3def251a
           f32x4.add
           local.get $11
           f32x4.mul
           v128.const i32x4 0xbdfe5d4f 0xbdfe5d4f 0xbdfe5d4f 0xbdfe5d4f
           f32x4.add
           local.get $11
           f32x4.mul
           v128.const i32x4 0x3e11e9bf 0x3e11e9bf 0x3e11e9bf 0x3e11e9bf
           f32x4.add
           local.get $11
           f32x4.mul
           v128.const i32x4 0xbe2aae50 0xbe2aae50 0xbe2aae50 0xbe2aae50
           f32x4.add
           local.get $11
           f32x4.mul
           v128.const i32x4 0x3e4cceac 0x3e4cceac 0x3e4cceac 0x3e4cceac
           f32x4.add
           local.get $11
           f32x4.mul
           v128.const i32x4 0xbe7ffffc 0xbe7ffffc 0xbe7ffffc 0xbe7ffffc
           f32x4.add
           local.get $11
           f32x4.mul
           v128.const i32x4 0x3eaaaaaa 0x3eaaaaaa 0x3eaaaaaa 0x3eaaaaaa
           f32x4.add
           local.get $11
           f32x4.mul
           local.get $13
           f32x4.mul
           v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
           local.get $13
           f32x4.mul
           f32x4.sub
           local.get $10
           i32.const 23
           i32x4.shr_u
           v128.const i32x4 0x0000007e 0x0000007e 0x0000007e 0x0000007e
           i32x4.sub
           local.get $8
           v128.const i32x4 0x00000019 0x00000019 0x00000019 0x00000019
           v128.and
           i32x4.sub
           local.get $12
           i32x4.add
           f32x4.convert_i32x4_s
           local.tee $4
           v128.const i32x4 0xb95e8083 0xb95e8083 0xb95e8083 0xb95e8083
           f32x4.mul
           f32x4.add
           f32x4.add
           local.get $4
           v128.const i32x4 0x3f318000 0x3f318000 0x3f318000 0x3f318000
           f32x4.mul
           f32x4.add
           local.get $7
           local.get $9
           f32x4.div
           f32x4.mul
           local.get $9
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           f32x4.eq
           v128.bitselect
           f32x4.sub
           v128.store
           local.get $1
           i32.const 16
           i32.add
           local.set $1
           br $for-loop|35
          end
         end
         br $break|0
        end
        local.get $1
        local.get $3
        i32.const 3
        i32.add
        i32.const -4
        i32.and
        i32.const 2
        i32.shl
        i32.add
        local.set $0
        local.get $2
        local.get $1
        i32.sub
        local.set $2
        loop $for-loop|37
         local.get $0
         local.get $1
         i32.gt_u
         if
          local.get $1
          local.get $2
          i32.add
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.get $1
          v128.load
          local.tee $4
          local.get $4
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          f32x4.lt
          v128.bitselect
          v128.store
          local.get $1
          i32.const 16
          i32.add
          local.set $1
          br $for-loop|37
         end
        end
        br $break|0
       end
       local.get $1
       local.get $3
       i32.const 3
       i32.add
       i32.const -4
       i32.and
       i32.const 2
       i32.shl
       i32.add
       local.set $0
       local.get $2
       local.get $1
       i32.sub
       local.set $2
       loop $for-loop|39
        local.get $0
        local.get $1
        i32.gt_u
        if
         local.get $1
         v128.load
         local.tee $4
         v128.const i32x4 0x41a00000 0x41a00000 0x41a00000 0x41a00000
         f32x4.min
         v128.const i32x4 0x42b20000 0x42b20000 0x42b20000 0x42b20000
         f32x4.min
         v128.const i32x4 0xc2d00000 0xc2d00000 0xc2d00000 0xc2d00000
         f32x4.max
         local.tee $7
         v128.const i32x4 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b
         f32x4.mul
         f32x4.nearest
         local.set $8
         v128.const i32x4 0x39506967 0x39506967 0x39506967 0x39506967
         local.get $7
         local.get $8
         v128.const i32x4 0x3f318000 0x3f318000 0x3f318000 0x3f318000
         f32x4.mul
         f32x4.sub
         local.get $8
         v128.const i32x4 0xb95e8083 0xb95e8083 0xb95e8083 0xb95e8083
         f32x4.mul
         f32x4.sub
         local.tee $7
         f32x4.mul
         v128.const i32x4 0x3ab743ce 0x3ab743ce 0x3ab743ce 0x3ab743ce
         f32x4.add
         local.get $7
         f32x4.mul
         v128.const i32x4 0x3c088908 0x3c088908 0x3c088908 0x3c088908
         f32x4.add
         local.get $7
         f32x4.mul
         v128.const i32x4 0x3d2aa9c1 0x3d2aa9c1 0x3d2aa9c1 0x3d2aa9c1
         f32x4.add
         local.get $7
         f32x4.mul
         v128.const i32x4 0x3e2aaaaa 0x3e2aaaaa 0x3e2aaaaa 0x3e2aaaaa
         f32x4.add
         local.get $7
         f32x4.mul
         v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
         f32x4.add
         local.get $7
         local.get $7
         f32x4.mul
         f32x4.mul
         local.get $7
         f32x4.add
         v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
         f32x4.add
         local.get $8
         i32x4.trunc_sat_f32x4_s
         local.tee $7
         i32.const 1
         i32x4.shr_s
         local.tee $8
         v128.const i32x4 0x0000007f 0x0000007f 0x0000007f 0x0000007f
         i32x4.add
         i32.const 23
         i32x4.shl
         f32x4.mul
         local.get $7
         local.get $8
         i32x4.sub
         v128.const i32x4 0x0000007f 0x0000007f 0x0000007f 0x0000007f
         i32x4.add
         i32.const 23
         i32x4.shl
         f32x4.mul
         local.tee $7
         v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
         f32x4.add
         local.tee $8
         v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
         f32x4.sub
         local.set $9
         local.get $8
         v128.const i32x4 0x4c000000 0x4c000000 0x4c000000 0x4c000000
         f32x4.mul
         local.get $8
         local.get $8
         v128.const i32x4 0x00800000 0x00800000 0x00800000 0x00800000
         f32x4.lt
         local.tee $8
         v128.bitselect
         local.tee $10
         v128.const i32x4 0x007fffff 0x007fffff 0x007fffff 0x007fffff
         v128.and
         v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
         v128.or
         local.tee $11
         v128.const i32x4 0x3f3504f3 0x3f3504f3 0x3f3504f3 0x3f3504f3
         f32x4.lt
         local.set $12
         local.get $11
         local.get $11
         local.get $12
         v128.and
         f32x4.add
         v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
         f32x4.sub
         local.tee $11
         local.get $11
         f32x4.mul
         local.set $13
         local.get $1
         local.get $2
         i32.add
         local.get $4
         local.get $7
         local.get $11
         v128.const i32x4 0x3d9021bb 0x3d9021bb 0x3d9021bb 0x3d9021bb
         local.get $11
         f32x4.mul
         v128.const i32x4 0xbdebd1b8 0xbdebd1b8 0xbdebd1b8 0xbdebd1b8
         f32x4.add
         local.get $11
         f32x4.mul
         v128.const i32x4 0x3def251a 0x3def251a 0x3def251a 0x3def251a
         f32x4.add
         local.get $11
         f32x4.mul
         v128.const i32x4 0xbdfe5d4f 0xbdfe5d4f 0xbdfe5d4f 0xbdfe5d4f
         f32x4.add
         local.get $11
         f32x4.mul
         v128.const i32x4 0x3e11e9bf 0x3e11e9bf 0x3e11e9bf 0x3e11e9bf
         f32x4.add
         local.get $11
         f32x4.mul
         v128.const i32x4 0xbe2aae50 0xbe2aae50 0xbe2aae50 0xbe2aae50
         f32x4.add
         local.get $11
         f32x4.mul
         v128.const i32x4 0x3e4cceac 0x3e4cceac 0x3e4cceac 0x3e4cceac
         f32x4.add
         local.get $11
         f32x4.mul
         v128.const i32x4 0xbe7ffffc 0xbe7ffffc 0xbe7ffffc 0xbe7ffffc
         f32x4.add
         local.get $11
         f32x4.mul
         v128.const i32x4 0x3eaaaaaa 0x3eaaaaaa 0x3eaaaaaa 0x3eaaaaaa
         f32x4.add
         local.get $11
         f32x4.mul
         local.get $13
         f32x4.mul
         v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
         local.get $13
         f32x4.mul
         f32x4.sub
         local.get $10
         i32.const 23
         i32x4.shr_u
         v128.const i32x4 0x0000007e 0x0000007e 0x0000007e 0x0000007e
         i32x4.sub
         local.get $8
         v128.const i32x4 0x00000019 0x00000019 0x00000019 0x00000019
         v128.and
         i32x4.sub
         local.get $12
         i32x4.add
         f32x4.convert_i32x4_s
         local.tee $8
         v128.const i32x4 0xb95e8083 0xb95e8083 0xb95e8083 0xb95e8083
         f32x4.mul
         f32x4.add
         f32x4.add
         local.get $8
         v128.const i32x4 0x3f318000 0x3f318000 0x3f318000 0x3f318000
         f32x4.mul
         f32x4.add
         local.get $7
         local.get $9
         f32x4.div
         f32x4.mul
         local.get $9
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         f32x4.eq
         v128.bitselect
         local.get $4
         v128.const i32x4 0x41a00000 0x41a00000 0x41a00000 0x41a00000
         f32x4.gt
         v128.bitselect
         v128.store
         local.get $1
         i32.const 16
         i32.add
         local.set $1
         br $for-loop|39
        end
       end
       br $break|0
      end
      local.get $1
      local.get $3
      i32.const 3
      i32.add
      i32.const -4
      i32.and
      i32.const 2
      i32.shl
      i32.add
      local.set $0
      local.get $2
      local.get $1
      i32.sub
      local.set $2
      loop $for-loop|41
       local.get $0
       local.get $1
       i32.gt_u
       if
        local.get $1
        v128.load
        local.tee $7
        v128.const i32x4 0x3f3504f3 0x3f3504f3 0x3f3504f3 0x3f3504f3
        f32x4.mul
        local.tee $4
        f32x4.abs
        local.tee $8
        v128.const i32x4 0x3f400000 0x3f400000 0x3f400000 0x3f400000
        f32x4.lt
        local.set $9
        local.get $1
        local.get $2
        i32.add
        block $src/kernels/wasm/assembly/math4/gelu4|inlined.20 (result v128)
         local.get $7
         v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
         f32x4.mul
         local.tee $10
         local.get $10
         v128.const i32x4 0xba30edbf 0xba30edbf 0xba30edbf 0xba30edbf
         local.get $4
         local.get $4
         f32x4.mul
         local.tee $11
         f32x4.mul
         v128.const i32x4 0x3ba795f7 0x3ba795f7 0x3ba795f7 0x3ba795f7
         f32x4.add
         local.get $11
         f32x4.mul
         v128.const i32x4 0xbcdbd440 0xbcdbd440 0xbcdbd440 0xbcdbd440
         f32x4.add
         local.get $11
         f32x4.mul
         v128.const i32x4 0x3de71563 0x3de71563 0x3de71563 0x3de71563
         f32x4.add
         local.get $11
         f32x4.mul
         v128.const i32x4 0xbec0939d 0xbec0939d 0xbec0939d 0xbec0939d
         f32x4.add
         local.get $11
         f32x4.mul
         v128.const i32x4 0x3f906eba 0x3f906eba 0x3f906eba 0x3f906eba
         f32x4.add
         local.get $4
         f32x4.mul
         f32x4.mul
         f32x4.add
         local.tee $11
         local.get $9
         v128.not
         v128.any_true
         i32.eqz
         br_if $src/kernels/wasm/assembly/math4/gelu4|inlined.20
         drop
         local.get $7
         f32x4.abs
         v128.const i32x4 0x416d967f 0x416d967f 0x416d967f 0x416d967f
         f32x4.min
         local.tee $12
         v128.const i32x4 0xfffff000 0xfffff000 0xfffff000 0xfffff000
         v128.and
         local.tee $13
         local.get $13
         f32x4.mul
         v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
         f32x4.mul
         f32x4.neg
         v128.const i32x4 0x42b20000 0x42b20000 0x42b20000 0x42b20000
         f32x4.min
         v128.const i32x4 0xc2d00000 0xc2d00000 0xc2d00000 0xc2d00000
         f32x4.max
         local.tee $14
         v128.const i32x4 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b
         f32x4.mul
         f32x4.nearest
         local.set $4
         local.get $11
         local.get $10
         v128.const i32x4 0xbd94f3f2 0xbd94f3f2 0xbd94f3f2 0xbd94f3f2
         v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
         v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
         local.get $8
         v128.const i32x4 0x41280000 0x41280000 0x41280000 0x41280000
         f32x4.min
         v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
         f32x4.mul
         f32x4.add
         f32x4.div
         local.tee $8
         f32x4.mul
         v128.const i32x4 0x3eb0a700 0x3eb0a700 0x3eb0a700 0x3eb0a700
         f32x4.add
         local.get $8
         f32x4.mul
         v128.const i32x4 0xbf19e0c1 0xbf19e0c1 0xbf19e0c1 0xbf19e0c1
         f32x4.add
         local.get $8
         f32x4.mul
         v128.const i32x4 0x3ecb8cee 0x3ecb8cee 0x3ecb8cee 0x3ecb8cee
         f32x4.add
         local.get $8
         f32x4.mul
         v128.const i32x4 0xbdd383b5 0xbdd383b5 0xbdd383b5 0xbdd383b5
         f32x4.add
         local.get $8
         f32x4.mul
         v128.const i32x4 0x3e6f590a 0x3e6f590a 0x3e6f590a 0x3e6f590a
         f32x4.add
         local.get $8
         f32x4.mul
         v128.const i32x4 0x3e70d623 0x3e70d623 0x3e70d623 0x3e70d623
         f32x4.add
         local.get $8
         f32x4.mul
         v128.const i32x4 0x3e913334 0x3e913334 0x3e913334 0x3e913334
         f32x4.add
         local.get $8
         f32x4.mul
         v128.const i32x4 0x3e90602e 0x3e90602e 0x3e90602e 0x3e90602e
         f32x4.add
         local.get $8
         f32x4.mul
         v128.const i32x4 0x36713598 0x36713598 0x36713598 0x36713598
         f32x4.add
         v128.const i32x4 0x39506967 0x39506967 0x39506967 0x39506967
         local.get $14
         local.get $4
         v128.const i32x4 0x3f318000 0x3f318000 0x3f318000 0x3f318000
         f32x4.mul
         f32x4.sub
         local.get $4
         v128.const i32x4 0xb95e8083 0xb95e8083 0xb95e8083 0xb95e8083
         f32x4.mul
         f32x4.sub
         local.tee $8
         f32x4.mul
         v128.const i32x4 0x3ab743ce 0x3ab743ce 0x3ab743ce 0x3ab743ce
         f32x4.add
         local.get $8
         f32x4.mul
         v128.const i32x4 0x3c088908 0x3c088908 0x3c088908 0x3c088908
         f32x4.add
         local.get $8
         f32x4.mul
         v128.const i32x4 0x3d2aa9c1 0x3d2aa9c1 0x3d2aa9c1 0x3d2aa9c1
         f32x4.add
         local.get $8
         f32x4.mul
         v128.const i32x4 0x3e2aaaaa 0x3e2aaaaa 0x3e2aaaaa 0x3e2aaaaa
         f32x4.add
         local.get $8
         f32x4.mul
         v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
         f32x4.add
         local.get $8
         local.get $8
         f32x4.mul
         f32x4.mul
         local.get $8
         f32x4.add
         v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
         f32x4.add
         local.get $4
         i32x4.trunc_sat_f32x4_s
         local.tee $4
         i32.const 1
         i32x4.shr_s
         local.tee $8
         v128.const i32x4 0x0000007f 0x0000007f 0x0000007f 0x0000007f
         i32x4.add
         i32.const 23
         i32x4.shl
         f32x4.mul
         local.get $4
         local.get $8
         i32x4.sub
         v128.const i32x4 0x0000007f 0x0000007f 0x0000007f 0x0000007f
         i32x4.add
         i32.const 23
         i32x4.shl
         f32x4.mul
         f32x4.mul
         v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
         local.get $12
         local.get $13
         f32x4.sub
         local.get $12
         local.get $13
         f32x4.add
         f32x4.mul
         v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
         f32x4.mul
         local.tee $4
         v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
         local.get $4
         v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
         local.get $4
         v128.const i32x4 0x3e2aaaab 0x3e2aaaab 0x3e2aaaab 0x3e2aaaab
         local.get $4
         v128.const i32x4 0x3d2aaaab 0x3d2aaaab 0x3d2aaaab 0x3d2aaaab
         f32x4.mul
         f32x4.sub
         f32x4.mul
         f32x4.sub
         f32x4.mul
         f32x4.sub
         f32x4.mul
         f32x4.sub
         f32x4.mul
         local.tee $4
         f32x4.mul
         local.get $7
         v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
         local.get $4
         v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
         f32x4.mul
         f32x4.sub
         f32x4.mul
         local.get $7
         v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
         f32x4.lt
         v128.bitselect
         local.get $9
         v128.bitselect
        end
        v128.store
        local.get $1
        i32.const 16
        i32.add
        local.set $1
        br $for-loop|41
       end
      end
      br $break|0
     end
     local.get $1
     local.get $3
     i32.const 3
     i32.add
     i32.const -4
     i32.and
     i32.const 2
     i32.shl
     i32.add
     local.set $0
     local.get $2
     local.get $1
     i32.sub
     local.set $2
     loop $for-loop|43
      local.get $0
      local.get $1
      i32.gt_u
      if
       local.get $1
       v128.load
       local.tee $4
       local.get $4
       local.get $4
       f32x4.mul
       local.get $4
       f32x4.mul
       v128.const i32x4 0x3d372713 0x3d372713 0x3d372713 0x3d372713
       f32x4.mul
       f32x4.add
       v128.const i32x4 0xbfcc422a 0xbfcc422a 0xbfcc422a 0xbfcc422a
       f32x4.mul
       v128.const i32x4 0x42b20000 0x42b20000 0x42b20000 0x42b20000
       f32x4.min
       v128.const i32x4 0xc2d00000 0xc2d00000 0xc2d00000 0xc2d00000
       f32x4.max
       local.tee $7
       v128.const i32x4 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b
       f32x4.mul
       f32x4.nearest
       local.set $8
       local.get $1
       local.get $2
       i32.add
       local.get $4
       v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
       v128.const i32x4 0x39506967 0x39506967 0x39506967 0x39506967
       local.get $7
       local.get $8
       v128.const i32x4 0x3f318000 0x3f318000 0x3f318000 0x3f318000
       f32x4.mul
       f32x4.sub
       local.get $8
       v128.const i32x4 0xb95e8083 0xb95e8083 0xb95e8083 0xb95e8083
       f32x4.mul
       f32x4.sub
       local.tee $4
       f32x4.mul
       v128.const i32x4 0x3ab743ce 0x3ab743ce 0x3ab743ce 0x3ab743ce
       f32x4.add
       local.get $4
       f32x4.mul
       v128.const i32x4 0x3c088908 0x3c088908 0x3c088908 0x3c088908
       f32x4.add
       local.get $4
       f32x4.mul
       v128.const i32x4 0x3d2aa9c1 0x3d2aa9c1 0x3d2aa9c1 0x3d2aa9c1
       f32x4.add
       local.get $4
       f32x4.mul
       v128.const i32x4 0x3e2aaaaa 0x3e2aaaaa 0x3e2aaaaa 0x3e2aaaaa
       f32x4.add
       local.get $4
       f32x4.mul
       v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
       f32x4.add
       local.get $4
       local.get $4
       f32x4.mul
       f32x4.mul
       local.get $4
       f32x4.add
       v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
       f32x4.add
       local.get $8
       i32x4.trunc_sat_f32x4_s
       local.tee $4
       i32.const 1
       i32x4.shr_s
       local.tee $7
       v128.const i32x4 0x0000007f 0x0000007f 0x0000007f 0x0000007f
       i32x4.add
       i32.const 23
       i32x4.shl
       f32x4.mul
       local.get $4
       local.get $7
       i32x4.sub
       v128.const i32x4 0x0000007f 0x0000007f 0x0000007f 0x0000007f
       i32x4.add
       i32.const 23
       i32x4.shl
       f32x4.mul
       f32x4.add
       f32x4.div
       v128.store
       local.get $1
       i32.const 16
       i32.add
       local.set $1
       br $for-loop|43
      end
     end
     br $break|0
    end
    local.get $1
    local.get $3
    i32.const 3
    i32.add
    i32.const -4
    i32.and
    i32.const 2
    i32.shl
    i32.add
    local.set $0
    local.get $2
    local.get $1
    i32.sub
    local.set $2
    loop $for-loop|45
     local.get $0
     local.get $1
     i32.gt_u
     if
      local.get $1
      v128.load
      local.tee $4
      f32x4.neg
      v128.const i32x4 0x42b20000 0x42b20000 0x42b20000 0x42b20000
      f32x4.min
      v128.const i32x4 0xc2d00000 0xc2d00000 0xc2d00000 0xc2d00000
      f32x4.max
      local.tee $7
      v128.const i32x4 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b
      f32x4.mul
      f32x4.nearest
      local.set $8
      local.get $1
      local.get $2
      i32.add
      local.get $4
      v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
      v128.const i32x4 0x39506967 0x39506967 0x39506967 0x39506967
      local.get $7
      local.get $8
      v128.const i32x4 0x3f318000 0x3f318000 0x3f318000 0x3f318000
      f32x4.mul
      f32x4.sub
      local.get $8
      v128.const i32x4 0xb95e8083 0xb95e8083 0xb95e8083 0xb95e8083
      f32x4.mul
      f32x4.sub
      local.tee $4
      f32x4.mul
      v128.const i32x4 0x3ab743ce 0x3ab743ce 0x3ab743ce 0x3ab743ce
      f32x4.add
      local.get $4
      f32x4.mul
      v128.const i32x4 0x3c088908 0x3c088908 0x3c088908 0x3c088908
      f32x4.add
      local.get $4
      f32x4.mul
      v128.const i32x4 0x3d2aa9c1 0x3d2aa9c1 0x3d2aa9c1 0x3d2aa9c1
      f32x4.add
      local.get $4
      f32x4.mul
      v128.const i32x4 0x3e2aaaaa 0x3e2aaaaa 0x3e2aaaaa 0x3e2aaaaa
      f32x4.add
      local.get $4
      f32x4.mul
      v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000
      f32x4.add
      local.get $4
      local.get $4
      f32x4.mul
      f32x4.mul
      local.get $4
      f32x4.add
      v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000
      f32x4.add
      local.get $8
      i32x4.trunc_sat_f32x4_s
      local.tee $4
      i32.const 1
      i32x4.shr_s
      local.tee $7
      v128.const i32x4 0x0000007f 0x0000007f 0x0000007f 0x0000007f
      i32x4.add
      i32.const 23
      i32x4.shl
      f32x4.mul
      local.get $4
      local.get $7
      i32x4.sub
      v128.const i32x4 0x0000007f 0x0000007f 0x0000007f 0x0000007f
      i32x4.add
      i32.const 23
      i32x4.shl
      f32x4.mul
      f32x4.add
      f32x4.div
      v128.store
      local.get $1
      i32.const 16
      i32.add
      local.set $1
      br $for-loop|45
     end
    end
    br $break|0
   end
   loop $for-loop|47
    local.get $3
    local.get $5
    i32.gt_s
    if
     local.get $5
     i32.const 2
     i32.shl
     local.tee $6
     local.get $2
     i32.add
     local.get $0
     local.get $1
     local.get $6
     i32.add
     f32.load
     f64.promote_f32
     call $src/kernels/wasm/assembly/scalar/unary64
     f32.demote_f64
     f32.store
     local.get $5
     i32.const 1
     i32.add
     local.set $5
     br $for-loop|47
    end
   end
  end
 )
 (func $src/kernels/wasm/assembly/index/sumF64 (param $0 i32) (param $1 i32) (result f64)
  (local $2 i32)
  (local $3 i32)
  (local $4 v128)
  (local $5 f64)
  (local $6 v128)
  loop $for-loop|0
   local.get $2
   i32.const 4
   i32.add
   local.tee $3
   local.get $1
   i32.le_s
   if
    local.get $6
    local.get $0
    local.get $2
    i32.const 3
    i32.shl
    i32.add
    local.tee $2
    v128.load
    f64x2.add
    local.set $6
    local.get $4
    local.get $2
    v128.load offset=16
    f64x2.add
    local.set $4
    local.get $3
    local.set $2
    br $for-loop|0
   end
  end
  local.get $6
  local.get $4
  f64x2.add
  local.tee $4
  f64x2.extract_lane 0
  local.get $4
  f64x2.extract_lane 1
  f64.add
  local.set $5
  loop $for-loop|1
   local.get $1
   local.get $2
   i32.gt_s
   if
    local.get $5
    local.get $0
    local.get $2
    i32.const 3
    i32.shl
    i32.add
    f64.load
    f64.add
    local.set $5
    local.get $2
    i32.const 1
    i32.add
    local.set $2
    br $for-loop|1
   end
  end
  local.get $5
 )
 (func $src/kernels/wasm/assembly/index/rowwise (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 f64)
  (local $9 i32)
  (local $10 v128)
  (local $11 v128)
  (local $12 i32)
  (local $13 i32)
  (local $14 i32)
  (local $15 f64)
  local.get $5
  i32.const 3
  i32.const 2
  local.get $1
  select
  i32.shl
  local.set $9
  loop $for-loop|0
   local.get $4
   local.get $12
   i32.gt_s
   if
    local.get $9
    local.get $12
    i32.mul
    local.tee $6
    local.get $2
    i32.add
    local.set $14
    local.get $3
    local.get $6
    i32.add
    local.set $13
    block $for-continue|0
     local.get $0
     i32.const 2
     i32.eq
     if
      local.get $1
      if
       f64.const 0
       local.set $8
       i32.const 0
       local.set $6
       loop $for-loop|00
        local.get $5
        local.get $6
        i32.gt_s
        if
         local.get $8
         local.get $6
         i32.const 3
         i32.shl
         local.tee $7
         local.get $14
         i32.add
         f64.load
         f64.add
         local.set $8
         local.get $7
         local.get $13
         i32.add
         local.get $8
         f64.store
         local.get $6
         i32.const 1
         i32.add
         local.set $6
         br $for-loop|00
        end
       end
      else
       f64.const 0
       local.set $8
       i32.const 0
       local.set $6
       loop $for-loop|01
        local.get $5
        local.get $6
        i32.gt_s
        if
         local.get $8
         local.get $6
         i32.const 2
         i32.shl
         local.tee $7
         local.get $14
         i32.add
         f32.load
         f64.promote_f32
         f64.add
         local.set $8
         local.get $7
         local.get $13
         i32.add
         local.get $8
         f32.demote_f64
         f32.store
         local.get $6
         i32.const 1
         i32.add
         local.set $6
         br $for-loop|01
        end
       end
      end
      br $for-continue|0
     end
     local.get $1
     if
      i32.const 0
      local.set $6
      f64.const -inf
      local.set $8
      loop $for-loop|02
       local.get $5
       local.get $6
       i32.gt_s
       if
        local.get $14
        local.get $6
        i32.const 3
        i32.shl
        i32.add
        f64.load
        local.get $8
        f64.max
        local.set $8
        local.get $6
        i32.const 1
        i32.add
        local.set $6
        br $for-loop|02
       end
      end
     else
      local.get $14
      local.get $5
      i32.const 1
      call $src/kernels/wasm/assembly/index/extremeF32
      local.set $8
     end
     local.get $8
     f64.const 0
     local.get $8
     local.get $8
     f64.sub
     f64.const 0
     f64.eq
     select
     local.set $8
     local.get $1
     if (result f64)
      local.get $14
      local.get $5
      local.get $8
      call $src/kernels/wasm/assembly/index/sumExpF64
     else
      local.get $14
      local.get $5
      local.get $8
      f32.demote_f64
      call $src/kernels/wasm/assembly/index/sumExpF32
     end
     local.set $15
     local.get $0
     if
      local.get $8
      local.get $15
      call $~lib/math/NativeMath.log
      f64.add
      local.set $8
      local.get $1
      if
       i32.const 0
       local.set $6
       loop $for-loop|03
        local.get $5
        local.get $6
        i32.gt_s
        if
         local.get $6
         i32.const 3
         i32.shl
         local.tee $7
         local.get $13
         i32.add
         local.get $7
         local.get $14
         i32.add
         f64.load
         local.get $8
         f64.sub
         f64.store
         local.get $6
         i32.const 1
         i32.add
         local.set $6
         br $for-loop|03
        end
       end
      else
       i32.const 0
       local.set $6
       local.get $8
       f64x2.splat
       local.set $10
       loop $for-loop|04
        local.get $6
        i32.const 4
        i32.add
        local.tee $7
        local.get $5
        i32.le_s
        if
         local.get $6
         i32.const 2
         i32.shl
         local.tee $6
         local.get $14
         i32.add
         v128.load
         local.set $11
         local.get $6
         local.get $13
         i32.add
         local.get $11
         f64x2.promote_low_f32x4
         local.get $10
         f64x2.sub
         f32x4.demote_f64x2_zero
         local.get $11
         local.get $11
         i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7
         f64x2.promote_low_f32x4
         local.get $10
         f64x2.sub
         f32x4.demote_f64x2_zero
         i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
         v128.store
         local.get $7
         local.set $6
         br $for-loop|04
        end
       end
       loop $for-loop|1
        local.get $5
        local.get $6
        i32.gt_s
        if
         local.get $6
         i32.const 2
         i32.shl
         local.tee $7
         local.get $13
         i32.add
         local.get $7
         local.get $14
         i32.add
         f32.load
         f64.promote_f32
         local.get $8
         f64.sub
         f32.demote_f64
         f32.store
         local.get $6
         i32.const 1
         i32.add
         local.set $6
         br $for-loop|1
        end
       end
      end
     else
      local.get $1
      if
       local.get $14
       local.get $13
       local.get $5
       local.get $8
       f64.const 1
       local.get $15
       f64.div
       call $src/kernels/wasm/assembly/index/softmaxApplyF64
      else
       local.get $14
       local.get $13
       local.get $5
       local.get $8
       f32.demote_f64
       f64.const 1
       local.get $15
       f64.div
       call $src/kernels/wasm/assembly/index/softmaxApplyF32
      end
     end
    end
    local.get $12
    i32.const 1
    i32.add
    local.set $12
    br $for-loop|0
   end
  end
 )
 (func $src/kernels/wasm/assembly/index/reduceRows (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 f64)
  (local $10 v128)
  (local $11 v128)
  (local $12 i32)
  (local $13 v128)
  (local $14 i32)
  local.get $4
  i32.const 3
  i32.const 2
  local.get $1
  select
  i32.shl
  local.set $14
  loop $for-loop|0
   local.get $3
   local.get $12
   i32.gt_s
   if
    local.get $2
    local.get $12
    local.get $14
    i32.mul
    i32.add
    local.set $6
    local.get $0
    if
     local.get $0
     i32.const 1
     i32.eq
     if
      local.get $1
      if
       i32.const 0
       local.set $7
       f64.const 1
       local.set $9
       loop $for-loop|00
        local.get $4
        local.get $7
        i32.gt_s
        if
         local.get $9
         local.get $6
         local.get $7
         i32.const 3
         i32.shl
         i32.add
         f64.load
         f64.mul
         local.set $9
         local.get $7
         i32.const 1
         i32.add
         local.set $7
         br $for-loop|00
        end
       end
      else
       local.get $6
       local.set $8
       i32.const 0
       local.set $6
       v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000
       local.set $10
       v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000
       local.set $11
       loop $for-loop|01
        local.get $6
        i32.const 4
        i32.add
        local.tee $7
        local.get $4
        i32.le_s
        if
         local.get $10
         local.get $8
         local.get $6
         i32.const 2
         i32.shl
         i32.add
         v128.load
         local.tee $13
         f64x2.promote_low_f32x4
         f64x2.mul
         local.set $10
         local.get $11
         local.get $13
         local.get $13
         i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7
         f64x2.promote_low_f32x4
         f64x2.mul
         local.set $11
         local.get $7
         local.set $6
         br $for-loop|01
        end
       end
       local.get $10
       local.get $11
       f64x2.mul
       local.tee $10
       f64x2.extract_lane 0
       local.get $10
       f64x2.extract_lane 1
       f64.mul
       local.set $9
       loop $for-loop|1
        local.get $4
        local.get $6
        i32.gt_s
        if
         local.get $9
         local.get $8
         local.get $6
         i32.const 2
         i32.shl
         i32.add
         f32.load
         f64.promote_f32
         f64.mul
         local.set $9
         local.get $6
         i32.const 1
         i32.add
         local.set $6
         br $for-loop|1
        end
       end
      end
     else
      local.get $0
      i32.const 2
      i32.eq
      if
       local.get $1
       if
        i32.const 0
        local.set $7
        f64.const -inf
        local.set $9
        loop $for-loop|012
         local.get $4
         local.get $7
         i32.gt_s
         if
          local.get $6
          local.get $7
          i32.const 3
          i32.shl
          i32.add
          f64.load
          local.get $9
          f64.max
          local.set $9
          local.get $7
          i32.const 1
          i32.add
          local.set $7
          br $for-loop|012
         end
        end
       else
        local.get $6
        local.get $4
        i32.const 1
        call $src/kernels/wasm/assembly/index/extremeF32
        local.set $9
       end
      else
       local.get $0
       i32.const 3
       i32.eq
       if
        local.get $1
        if
         i32.const 0
         local.set $7
         f64.const inf
         local.set $9
         loop $for-loop|02
          local.get $4
          local.get $7
          i32.gt_s
          if
           local.get $6
           local.get $7
           i32.const 3
           i32.shl
           i32.add
           f64.load
           local.get $9
           f64.min
           local.set $9
           local.get $7
           i32.const 1
           i32.add
           local.set $7
           br $for-loop|02
          end
         end
        else
         local.get $6
         local.get $4
         i32.const 0
         call $src/kernels/wasm/assembly/index/extremeF32
         local.set $9
        end
       else
        local.get $1
        if
         i32.const 0
         local.set $7
         f64.const -inf
         local.set $9
         loop $for-loop|03
          local.get $4
          local.get $7
          i32.gt_s
          if
           local.get $6
           local.get $7
           i32.const 3
           i32.shl
           i32.add
           f64.load
           local.get $9
           f64.max
           local.set $9
           local.get $7
           i32.const 1
           i32.add
           local.set $7
           br $for-loop|03
          end
         end
        else
         local.get $6
         local.get $4
         i32.const 1
         call $src/kernels/wasm/assembly/index/extremeF32
         local.set $9
        end
        local.get $9
        f64.const 0
        local.get $9
        local.get $9
        f64.sub
        f64.const 0
        f64.eq
        select
        local.tee $9
        local.get $1
        if (result f64)
         local.get $6
         local.get $4
         local.get $9
         call $src/kernels/wasm/assembly/index/sumExpF64
        else
         local.get $6
         local.get $4
         local.get $9
         f32.demote_f64
         call $src/kernels/wasm/assembly/index/sumExpF32
        end
        call $~lib/math/NativeMath.log
        f64.add
        local.set $9
       end
      end
     end
    else
     local.get $1
     if
      local.get $6
      local.set $8
      i32.const 0
      local.set $6
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      local.set $10
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      local.set $11
      loop $for-loop|04
       local.get $6
       i32.const 4
       i32.add
       local.tee $7
       local.get $4
       i32.le_s
       if
        local.get $10
        local.get $8
        local.get $6
        i32.const 3
        i32.shl
        i32.add
        local.tee $6
        v128.load
        f64x2.add
        local.set $10
        local.get $11
        local.get $6
        v128.load offset=16
        f64x2.add
        local.set $11
        local.get $7
        local.set $6
        br $for-loop|04
       end
      end
      local.get $10
      local.get $11
      f64x2.add
      local.tee $10
      f64x2.extract_lane 0
      local.get $10
      f64x2.extract_lane 1
      f64.add
      local.set $9
      loop $for-loop|15
       local.get $4
       local.get $6
       i32.gt_s
       if
        local.get $9
        local.get $8
        local.get $6
        i32.const 3
        i32.shl
        i32.add
        f64.load
        f64.add
        local.set $9
        local.get $6
        i32.const 1
        i32.add
        local.set $6
        br $for-loop|15
       end
      end
     else
      local.get $6
      local.get $4
      call $src/kernels/wasm/assembly/index/sumF32
      local.set $9
     end
    end
    local.get $5
    local.get $12
    i32.const 3
    i32.shl
    i32.add
    local.get $9
    f64.store
    local.get $12
    i32.const 1
    i32.add
    local.set $12
    br $for-loop|0
   end
  end
 )
 (func $src/kernels/wasm/assembly/index/prodF64 (param $0 i32) (param $1 i32) (result f64)
  (local $2 f64)
  (local $3 i32)
  f64.const 1
  local.set $2
  loop $for-loop|0
   local.get $1
   local.get $3
   i32.gt_s
   if
    local.get $2
    local.get $0
    local.get $3
    i32.const 3
    i32.shl
    i32.add
    f64.load
    f64.mul
    local.set $2
    local.get $3
    i32.const 1
    i32.add
    local.set $3
    br $for-loop|0
   end
  end
  local.get $2
 )
 (func $src/kernels/wasm/assembly/index/prodF32 (param $0 i32) (param $1 i32) (result f64)
  (local $2 i32)
  (local $3 i32)
  (local $4 v128)
  (local $5 v128)
  (local $6 v128)
  (local $7 f64)
  v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000
  local.set $5
  v128.const i32x4 0x00000000 0x3ff00000 0x00000000 0x3ff00000
  local.set $6
  loop $for-loop|0
   local.get $2
   i32.const 4
   i32.add
   local.tee $3
   local.get $1
   i32.le_s
   if
    local.get $5
    local.get $0
    local.get $2
    i32.const 2
    i32.shl
    i32.add
    v128.load
    local.tee $4
    f64x2.promote_low_f32x4
    f64x2.mul
    local.set $5
    local.get $6
    local.get $4
    local.get $4
    i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7
    f64x2.promote_low_f32x4
    f64x2.mul
    local.set $6
    local.get $3
    local.set $2
    br $for-loop|0
   end
  end
  local.get $5
  local.get $6
  f64x2.mul
  local.tee $4
  f64x2.extract_lane 0
  local.get $4
  f64x2.extract_lane 1
  f64.mul
  local.set $7
  loop $for-loop|1
   local.get $1
   local.get $2
   i32.gt_s
   if
    local.get $7
    local.get $0
    local.get $2
    i32.const 2
    i32.shl
    i32.add
    f32.load
    f64.promote_f32
    f64.mul
    local.set $7
    local.get $2
    i32.const 1
    i32.add
    local.set $2
    br $for-loop|1
   end
  end
  local.get $7
 )
 (func $src/kernels/wasm/assembly/index/matmulF64 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 i32)
  (local $14 v128)
  (local $15 v128)
  (local $16 f64)
  (local $17 i32)
  (local $18 i32)
  (local $19 v128)
  local.get $5
  i32.const 3
  i32.shl
  local.set $10
  local.get $4
  i32.const 3
  i32.shl
  local.set $17
  local.get $5
  i32.const -4
  i32.and
  local.set $7
  loop $for-loop|0
   local.get $7
   local.get $11
   i32.gt_s
   if
    local.get $1
    local.get $11
    i32.const 3
    i32.shl
    i32.add
    local.set $8
    i32.const 0
    local.set $9
    loop $for-loop|1
     local.get $3
     local.get $9
     i32.gt_s
     if
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      local.set $14
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      local.set $15
      local.get $0
      local.get $9
      local.get $17
      i32.mul
      i32.add
      local.set $18
      local.get $8
      local.set $6
      i32.const 0
      local.set $12
      loop $for-loop|2
       local.get $4
       local.get $12
       i32.gt_s
       if
        local.get $14
        local.get $18
        local.get $12
        i32.const 3
        i32.shl
        i32.add
        v128.load64_splat
        local.tee $19
        local.get $6
        v128.load
        f64x2.mul
        f64x2.add
        local.set $14
        local.get $15
        local.get $19
        local.get $6
        v128.load offset=16
        f64x2.mul
        f64x2.add
        local.set $15
        local.get $6
        local.get $10
        i32.add
        local.set $6
        local.get $12
        i32.const 1
        i32.add
        local.set $12
        br $for-loop|2
       end
      end
      local.get $2
      local.get $9
      local.get $10
      i32.mul
      i32.add
      local.get $11
      i32.const 3
      i32.shl
      i32.add
      local.tee $6
      local.get $14
      v128.store
      local.get $6
      local.get $15
      v128.store offset=16
      local.get $9
      i32.const 1
      i32.add
      local.set $9
      br $for-loop|1
     end
    end
    local.get $11
    i32.const 4
    i32.add
    local.set $11
    br $for-loop|0
   end
  end
  loop $for-loop|3
   local.get $3
   local.get $13
   i32.gt_s
   if
    local.get $7
    local.set $6
    loop $for-loop|4
     local.get $5
     local.get $6
     i32.gt_s
     if
      f64.const 0
      local.set $16
      i32.const 0
      local.set $8
      loop $for-loop|5
       local.get $4
       local.get $8
       i32.gt_s
       if
        local.get $16
        local.get $0
        local.get $13
        local.get $17
        i32.mul
        i32.add
        local.get $8
        i32.const 3
        i32.shl
        i32.add
        f64.load
        local.get $1
        local.get $8
        local.get $10
        i32.mul
        i32.add
        local.get $6
        i32.const 3
        i32.shl
        i32.add
        f64.load
        f64.mul
        f64.add
        local.set $16
        local.get $8
        i32.const 1
        i32.add
        local.set $8
        br $for-loop|5
       end
      end
      local.get $2
      local.get $10
      local.get $13
      i32.mul
      i32.add
      local.get $6
      i32.const 3
      i32.shl
      i32.add
      local.get $16
      f64.store
      local.get $6
      i32.const 1
      i32.add
      local.set $6
      br $for-loop|4
     end
    end
    local.get $13
    i32.const 1
    i32.add
    local.set $13
    br $for-loop|3
   end
  end
 )
 (func $src/kernels/wasm/assembly/index/matmulF32 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 v128)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 i32)
  (local $14 f32)
  (local $15 v128)
  (local $16 i32)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 v128)
  (local $22 v128)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 v128)
  (local $27 v128)
  (local $28 i32)
  (local $29 i32)
  (local $30 i32)
  (local $31 i32)
  (local $32 v128)
  local.get $5
  i32.const 2
  i32.shl
  local.set $29
  local.get $4
  i32.const 2
  i32.shl
  local.set $25
  local.get $5
  i32.const -8
  i32.and
  local.set $8
  local.get $3
  i32.const -4
  i32.and
  local.set $13
  loop $for-loop|0
   local.get $8
   local.get $24
   i32.gt_s
   if
    local.get $1
    local.get $24
    i32.const 2
    i32.shl
    i32.add
    local.set $7
    i32.const 0
    local.set $30
    loop $for-loop|1
     local.get $13
     local.get $30
     i32.gt_s
     if
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      local.set $22
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      local.set $21
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      local.set $20
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      local.set $19
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      local.set $18
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      local.set $17
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      local.set $27
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      local.set $26
      local.get $0
      local.get $25
      local.get $30
      i32.mul
      i32.add
      local.tee $12
      local.get $25
      i32.add
      local.tee $11
      local.get $25
      i32.add
      local.tee $10
      local.get $25
      i32.add
      local.set $31
      local.get $7
      local.set $6
      i32.const 0
      local.set $28
      loop $for-loop|2
       local.get $4
       local.get $28
       i32.gt_s
       if
        local.get $22
        local.get $12
        local.get $28
        i32.const 2
        i32.shl
        local.tee $16
        i32.add
        v128.load32_splat
        local.tee $9
        local.get $6
        v128.load
        local.tee $15
        f32x4.mul
        f32x4.add
        local.set $22
        local.get $21
        local.get $9
        local.get $6
        v128.load offset=16
        local.tee $9
        f32x4.mul
        f32x4.add
        local.set $21
        local.get $20
        local.get $11
        local.get $16
        i32.add
        v128.load32_splat
        local.tee $32
        local.get $15
        f32x4.mul
        f32x4.add
        local.set $20
        local.get $19
        local.get $32
        local.get $9
        f32x4.mul
        f32x4.add
        local.set $19
        local.get $18
        local.get $10
        local.get $16
        i32.add
        v128.load32_splat
        local.tee $32
        local.get $15
        f32x4.mul
        f32x4.add
        local.set $18
        local.get $17
        local.get $32
        local.get $9
        f32x4.mul
        f32x4.add
        local.set $17
        local.get $27
        local.get $16
        local.get $31
        i32.add
        v128.load32_splat
        local.tee $32
        local.get $15
        f32x4.mul
        f32x4.add
        local.set $27
        local.get $26
        local.get $32
        local.get $9
        f32x4.mul
        f32x4.add
        local.set $26
        local.get $6
        local.get $29
        i32.add
        local.set $6
        local.get $28
        i32.const 1
        i32.add
        local.set $28
        br $for-loop|2
       end
      end
      local.get $2
      local.get $29
      local.get $30
      i32.mul
      i32.add
      local.get $24
      i32.const 2
      i32.shl
      i32.add
      local.tee $6
      local.get $22
      v128.store
      local.get $6
      local.get $21
      v128.store offset=16
      local.get $6
      local.get $29
      i32.add
      local.tee $10
      local.get $20
      v128.store
      local.get $10
      local.get $19
      v128.store offset=16
      local.get $6
      local.get $29
      i32.const 1
      i32.shl
      i32.add
      local.tee $10
      local.get $18
      v128.store
      local.get $10
      local.get $17
      v128.store offset=16
      local.get $6
      local.get $29
      i32.const 3
      i32.mul
      i32.add
      local.tee $6
      local.get $27
      v128.store
      local.get $6
      local.get $26
      v128.store offset=16
      local.get $30
      i32.const 4
      i32.add
      local.set $30
      br $for-loop|1
     end
    end
    loop $for-loop|3
     local.get $3
     local.get $30
     i32.gt_s
     if
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      local.set $27
      v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
      local.set $26
      local.get $0
      local.get $25
      local.get $30
      i32.mul
      i32.add
      local.set $10
      local.get $7
      local.set $6
      i32.const 0
      local.set $28
      loop $for-loop|4
       local.get $4
       local.get $28
       i32.gt_s
       if
        local.get $27
        local.get $10
        local.get $28
        i32.const 2
        i32.shl
        i32.add
        v128.load32_splat
        local.tee $9
        local.get $6
        v128.load
        f32x4.mul
        f32x4.add
        local.set $27
        local.get $26
        local.get $9
        local.get $6
        v128.load offset=16
        f32x4.mul
        f32x4.add
        local.set $26
        local.get $6
        local.get $29
        i32.add
        local.set $6
        local.get $28
        i32.const 1
        i32.add
        local.set $28
        br $for-loop|4
       end
      end
      local.get $2
      local.get $29
      local.get $30
      i32.mul
      i32.add
      local.get $24
      i32.const 2
      i32.shl
      i32.add
      local.tee $6
      local.get $27
      v128.store
      local.get $6
      local.get $26
      v128.store offset=16
      local.get $30
      i32.const 1
      i32.add
      local.set $30
      br $for-loop|3
     end
    end
    local.get $24
    i32.const 8
    i32.add
    local.set $24
    br $for-loop|0
   end
  end
  loop $for-loop|5
   local.get $3
   local.get $23
   i32.gt_s
   if
    local.get $8
    local.set $7
    loop $for-loop|6
     local.get $5
     local.get $7
     i32.gt_s
     if
      f32.const 0
      local.set $14
      i32.const 0
      local.set $6
      loop $for-loop|7
       local.get $4
       local.get $6
       i32.gt_s
       if
        local.get $14
        local.get $0
        local.get $23
        local.get $25
        i32.mul
        i32.add
        local.get $6
        i32.const 2
        i32.shl
        i32.add
        f32.load
        local.get $1
        local.get $6
        local.get $29
        i32.mul
        i32.add
        local.get $7
        i32.const 2
        i32.shl
        i32.add
        f32.load
        f32.mul
        f32.add
        local.set $14
        local.get $6
        i32.const 1
        i32.add
        local.set $6
        br $for-loop|7
       end
      end
      local.get $2
      local.get $23
      local.get $29
      i32.mul
      i32.add
      local.get $7
      i32.const 2
      i32.shl
      i32.add
      local.get $14
      f32.store
      local.get $7
      i32.const 1
      i32.add
      local.set $7
      br $for-loop|6
     end
    end
    local.get $23
    i32.const 1
    i32.add
    local.set $23
    br $for-loop|5
   end
  end
 )
 (func $src/kernels/wasm/assembly/index/logSoftmaxApplyF64 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 f64)
  (local $4 i32)
  (local $5 i32)
  loop $for-loop|0
   local.get $2
   local.get $4
   i32.gt_s
   if
    local.get $4
    i32.const 3
    i32.shl
    local.tee $5
    local.get $1
    i32.add
    local.get $0
    local.get $5
    i32.add
    f64.load
    local.get $3
    f64.sub
    f64.store
    local.get $4
    i32.const 1
    i32.add
    local.set $4
    br $for-loop|0
   end
  end
 )
 (func $src/kernels/wasm/assembly/index/logSoftmaxApplyF32 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 f64)
  (local $4 i32)
  (local $5 i32)
  (local $6 v128)
  (local $7 v128)
  local.get $3
  f64x2.splat
  local.set $6
  loop $for-loop|0
   local.get $4
   i32.const 4
   i32.add
   local.tee $5
   local.get $2
   i32.le_s
   if
    local.get $4
    i32.const 2
    i32.shl
    local.tee $4
    local.get $0
    i32.add
    v128.load
    local.set $7
    local.get $1
    local.get $4
    i32.add
    local.get $7
    f64x2.promote_low_f32x4
    local.get $6
    f64x2.sub
    f32x4.demote_f64x2_zero
    local.get $7
    local.get $7
    i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7
    f64x2.promote_low_f32x4
    local.get $6
    f64x2.sub
    f32x4.demote_f64x2_zero
    i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23
    v128.store
    local.get $5
    local.set $4
    br $for-loop|0
   end
  end
  loop $for-loop|1
   local.get $2
   local.get $4
   i32.gt_s
   if
    local.get $4
    i32.const 2
    i32.shl
    local.tee $5
    local.get $1
    i32.add
    local.get $0
    local.get $5
    i32.add
    f32.load
    f64.promote_f32
    local.get $3
    f64.sub
    f32.demote_f64
    f32.store
    local.get $4
    i32.const 1
    i32.add
    local.set $4
    br $for-loop|1
   end
  end
 )
 (func $src/kernels/wasm/assembly/index/heapBase (result i32)
  i32.const 13504
 )
 (func $src/kernels/wasm/assembly/index/extremeF64 (param $0 i32) (param $1 i32) (param $2 i32) (result f64)
  (local $3 f64)
  (local $4 i32)
  (local $5 f64)
  f64.const -inf
  f64.const inf
  local.get $2
  select
  local.set $3
  loop $for-loop|0
   local.get $1
   local.get $4
   i32.gt_s
   if
    local.get $0
    local.get $4
    i32.const 3
    i32.shl
    i32.add
    f64.load
    local.tee $5
    local.get $3
    f64.max
    local.get $3
    local.get $5
    f64.min
    local.get $2
    select
    local.set $3
    local.get $4
    i32.const 1
    i32.add
    local.set $4
    br $for-loop|0
   end
  end
  local.get $3
 )
 (func $src/kernels/wasm/assembly/index/cumsumF64 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 f64) (result f64)
  (local $4 i32)
  (local $5 i32)
  loop $for-loop|0
   local.get $2
   local.get $4
   i32.gt_s
   if
    local.get $3
    local.get $4
    i32.const 3
    i32.shl
    local.tee $5
    local.get $0
    i32.add
    f64.load
    f64.add
    local.set $3
    local.get $1
    local.get $5
    i32.add
    local.get $3
    f64.store
    local.get $4
    i32.const 1
    i32.add
    local.set $4
    br $for-loop|0
   end
  end
  local.get $3
 )
 (func $src/kernels/wasm/assembly/index/cumsumF32 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 f64) (result f64)
  (local $4 i32)
  (local $5 i32)
  loop $for-loop|0
   local.get $2
   local.get $4
   i32.gt_s
   if
    local.get $3
    local.get $4
    i32.const 2
    i32.shl
    local.tee $5
    local.get $0
    i32.add
    f32.load
    f64.promote_f32
    f64.add
    local.set $3
    local.get $1
    local.get $5
    i32.add
    local.get $3
    f32.demote_f64
    f32.store
    local.get $4
    i32.const 1
    i32.add
    local.set $4
    br $for-loop|0
   end
  end
  local.get $3
 )
 (func $src/kernels/wasm/assembly/index/binaryF64 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32)
  (local $5 i32)
  (local $6 v128)
  (local $7 v128)
  (local $8 i32)
  local.get $0
  i32.const 8
  i32.ge_s
  if
   loop $for-loop|0
    local.get $4
    local.get $5
    i32.gt_s
    if
     local.get $3
     local.get $5
     i32.add
     local.get $0
     local.get $5
     i32.const 3
     i32.shl
     local.tee $8
     local.get $1
     i32.add
     f64.load
     local.get $2
     local.get $8
     i32.add
     f64.load
     call $src/kernels/wasm/assembly/scalar/binary64
     i32.trunc_sat_f64_u
     i32.store8
     local.get $5
     i32.const 1
     i32.add
     local.set $5
     br $for-loop|0
    end
   end
   return
  end
  local.get $0
  i32.const 5
  i32.eq
  local.get $0
  i32.const 3
  i32.le_s
  i32.or
  local.get $0
  i32.const 6
  i32.eq
  i32.or
  if
   loop $for-loop|1
    local.get $4
    local.get $5
    i32.gt_s
    if
     local.get $5
     i32.const 3
     i32.shl
     local.tee $8
     local.get $1
     i32.add
     v128.load
     local.set $6
     local.get $2
     local.get $8
     i32.add
     v128.load
     local.set $7
     local.get $3
     local.get $8
     i32.add
     local.get $0
     if (result v128)
      local.get $0
      i32.const 1
      i32.eq
      if (result v128)
       local.get $6
       local.get $7
       f64x2.sub
      else
       local.get $0
       i32.const 2
       i32.eq
       if (result v128)
        local.get $6
        local.get $7
        f64x2.mul
       else
        local.get $0
        i32.const 3
        i32.eq
        if (result v128)
         local.get $6
         local.get $7
         f64x2.div
        else
         local.get $6
         local.get $7
         f64x2.max
         local.get $6
         local.get $7
         f64x2.min
         local.get $0
         i32.const 5
         i32.eq
         select
        end
       end
      end
     else
      local.get $6
      local.get $7
      f64x2.add
     end
     v128.store
     local.get $5
     i32.const 2
     i32.add
     local.set $5
     br $for-loop|1
    end
   end
   return
  end
  loop $for-loop|2
   local.get $4
   local.get $5
   i32.gt_s
   if
    local.get $5
    i32.const 3
    i32.shl
    local.tee $8
    local.get $3
    i32.add
    local.get $0
    local.get $1
    local.get $8
    i32.add
    f64.load
    local.get $2
    local.get $8
    i32.add
    f64.load
    call $src/kernels/wasm/assembly/scalar/binary64
    f64.store
    local.get $5
    i32.const 1
    i32.add
    local.set $5
    br $for-loop|2
   end
  end
 )
 (func $src/kernels/wasm/assembly/index/binaryF32 (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32)
  (local $5 i32)
  (local $6 i32)
  block $break|0
   block $case12|0
    block $case11|0
     block $case10|0
      block $case9|0
       block $case8|0
        block $case7|0
         block $case6|0
          block $case5|0
           block $case4|0
            block $case3|0
             block $case2|0
              block $case1|0
               block $case0|0
                local.get $0
                br_table $case0|0 $case1|0 $case2|0 $case3|0 $case12|0 $case4|0 $case5|0 $case12|0 $case6|0 $case7|0 $case8|0 $case9|0 $case10|0 $case11|0 $case12|0
               end
               local.get $4
               i32.const 3
               i32.add
               i32.const -4
               i32.and
               i32.const 2
               i32.shl
               local.set $0
               loop $for-loop|1
                local.get $0
                local.get $5
                i32.gt_u
                if
                 local.get $3
                 local.get $5
                 i32.add
                 local.get $1
                 local.get $5
                 i32.add
                 v128.load
                 local.get $2
                 local.get $5
                 i32.add
                 v128.load
                 f32x4.add
                 v128.store
                 local.get $5
                 i32.const 16
                 i32.add
                 local.set $5
                 br $for-loop|1
                end
               end
               br $break|0
              end
              local.get $4
              i32.const 3
              i32.add
              i32.const -4
              i32.and
              i32.const 2
              i32.shl
              local.set $0
              loop $for-loop|3
               local.get $0
               local.get $5
               i32.gt_u
               if
                local.get $3
                local.get $5
                i32.add
                local.get $1
                local.get $5
                i32.add
                v128.load
                local.get $2
                local.get $5
                i32.add
                v128.load
                f32x4.sub
                v128.store
                local.get $5
                i32.const 16
                i32.add
                local.set $5
                br $for-loop|3
               end
              end
              br $break|0
             end
             local.get $4
             i32.const 3
             i32.add
             i32.const -4
             i32.and
             i32.const 2
             i32.shl
             local.set $0
             loop $for-loop|5
              local.get $0
              local.get $5
              i32.gt_u
              if
               local.get $3
               local.get $5
               i32.add
               local.get $1
               local.get $5
               i32.add
               v128.load
               local.get $2
               local.get $5
               i32.add
               v128.load
               f32x4.mul
               v128.store
               local.get $5
               i32.const 16
               i32.add
               local.set $5
               br $for-loop|5
              end
             end
             br $break|0
            end
            local.get $4
            i32.const 3
            i32.add
            i32.const -4
            i32.and
            i32.const 2
            i32.shl
            local.set $0
            loop $for-loop|7
             local.get $0
             local.get $5
             i32.gt_u
             if
              local.get $3
              local.get $5
              i32.add
              local.get $1
              local.get $5
              i32.add
              v128.load
              local.get $2
              local.get $5
              i32.add
              v128.load
              f32x4.div
              v128.store
              local.get $5
              i32.const 16
              i32.add
              local.set $5
              br $for-loop|7
             end
            end
            br $break|0
           end
           local.get $4
           i32.const 3
           i32.add
           i32.const -4
           i32.and
           i32.const 2
           i32.shl
           local.set $0
           loop $for-loop|9
            local.get $0
            local.get $5
            i32.gt_u
            if
             local.get $3
             local.get $5
             i32.add
             local.get $1
             local.get $5
             i32.add
             v128.load
             local.get $2
             local.get $5
             i32.add
             v128.load
             f32x4.max
             v128.store
             local.get $5
             i32.const 16
             i32.add
             local.set $5
             br $for-loop|9
            end
           end
           br $break|0
          end
          local.get $4
          i32.const 3
          i32.add
          i32.const -4
          i32.and
          i32.const 2
          i32.shl
          local.set $0
          loop $for-loop|11
           local.get $0
           local.get $5
           i32.gt_u
           if
            local.get $3
            local.get $5
            i32.add
            local.get $1
            local.get $5
            i32.add
            v128.load
            local.get $2
            local.get $5
            i32.add
            v128.load
            f32x4.min
            v128.store
            local.get $5
            i32.const 16
            i32.add
            local.set $5
            br $for-loop|11
           end
          end
          br $break|0
         end
         loop $for-loop|13
          local.get $4
          local.get $5
          i32.gt_s
          if
           local.get $3
           local.get $5
           i32.add
           local.get $5
           i32.const 2
           i32.shl
           local.tee $0
           local.get $1
           i32.add
           local.tee $6
           v128.load
           local.get $0
           local.get $2
           i32.add
           local.tee $0
           v128.load
           f32x4.eq
           local.get $6
           v128.load offset=16
           local.get $0
           v128.load offset=16
           f32x4.eq
           i16x8.narrow_i32x4_s
           local.get $6
           v128.load offset=32
           local.get $0
           v128.load offset=32
           f32x4.eq
           local.get $6
           v128.load offset=48
           local.get $0
           v128.load offset=48
           f32x4.eq
           i16x8.narrow_i32x4_s
           i8x16.narrow_i16x8_s
           v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
           v128.and
           v128.store
           local.get $5
           i32.const 16
           i32.add
           local.set $5
           br $for-loop|13
          end
         end
         br $break|0
        end
        loop $for-loop|15
         local.get $4
         local.get $5
         i32.gt_s
         if
          local.get $3
          local.get $5
          i32.add
          local.get $5
          i32.const 2
          i32.shl
          local.tee $0
          local.get $1
          i32.add
          local.tee $6
          v128.load
          local.get $0
          local.get $2
          i32.add
          local.tee $0
          v128.load
          f32x4.ne
          local.get $6
          v128.load offset=16
          local.get $0
          v128.load offset=16
          f32x4.ne
          i16x8.narrow_i32x4_s
          local.get $6
          v128.load offset=32
          local.get $0
          v128.load offset=32
          f32x4.ne
          local.get $6
          v128.load offset=48
          local.get $0
          v128.load offset=48
          f32x4.ne
          i16x8.narrow_i32x4_s
          i8x16.narrow_i16x8_s
          v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
          v128.and
          v128.store
          local.get $5
          i32.const 16
          i32.add
          local.set $5
          br $for-loop|15
         end
        end
        br $break|0
       end
       loop $for-loop|17
        local.get $4
        local.get $5
        i32.gt_s
        if
         local.get $3
         local.get $5
         i32.add
         local.get $5
         i32.const 2
         i32.shl
         local.tee $0
         local.get $1
         i32.add
         local.tee $6
         v128.load
         local.get $0
         local.get $2
         i32.add
         local.tee $0
         v128.load
         f32x4.lt
         local.get $6
         v128.load offset=16
         local.get $0
         v128.load offset=16
         f32x4.lt
         i16x8.narrow_i32x4_s
         local.get $6
         v128.load offset=32
         local.get $0
         v128.load offset=32
         f32x4.lt
         local.get $6
         v128.load offset=48
         local.get $0
         v128.load offset=48
         f32x4.lt
         i16x8.narrow_i32x4_s
         i8x16.narrow_i16x8_s
         v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
         v128.and
         v128.store
         local.get $5
         i32.const 16
         i32.add
         local.set $5
         br $for-loop|17
        end
       end
       br $break|0
      end
      loop $for-loop|19
       local.get $4
       local.get $5
       i32.gt_s
       if
        local.get $3
        local.get $5
        i32.add
        local.get $5
        i32.const 2
        i32.shl
        local.tee $0
        local.get $1
        i32.add
        local.tee $6
        v128.load
        local.get $0
        local.get $2
        i32.add
        local.tee $0
        v128.load
        f32x4.le
        local.get $6
        v128.load offset=16
        local.get $0
        v128.load offset=16
        f32x4.le
        i16x8.narrow_i32x4_s
        local.get $6
        v128.load offset=32
        local.get $0
        v128.load offset=32
        f32x4.le
        local.get $6
        v128.load offset=48
        local.get $0
        v128.load offset=48
        f32x4.le
        i16x8.narrow_i32x4_s
        i8x16.narrow_i16x8_s
        v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
        v128.and
        v128.store
        local.get $5
        i32.const 16
        i32.add
        local.set $5
        br $for-loop|19
       end
      end
      br $break|0
     end
     loop $for-loop|21
      local.get $4
      local.get $5
      i32.gt_s
      if
       local.get $3
       local.get $5
       i32.add
       local.get $5
       i32.const 2
       i32.shl
       local.tee $0
       local.get $1
       i32.add
       local.tee $6
       v128.load
       local.get $0
       local.get $2
       i32.add
       local.tee $0
       v128.load
       f32x4.gt
       local.get $6
       v128.load offset=16
       local.get $0
       v128.load offset=16
       f32x4.gt
       i16x8.narrow_i32x4_s
       local.get $6
       v128.load offset=32
       local.get $0
       v128.load offset=32
       f32x4.gt
       local.get $6
       v128.load offset=48
       local.get $0
       v128.load offset=48
       f32x4.gt
       i16x8.narrow_i32x4_s
       i8x16.narrow_i16x8_s
       v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
       v128.and
       v128.store
       local.get $5
       i32.const 16
       i32.add
       local.set $5
       br $for-loop|21
      end
     end
     br $break|0
    end
    loop $for-loop|23
     local.get $4
     local.get $5
     i32.gt_s
     if
      local.get $3
      local.get $5
      i32.add
      local.get $5
      i32.const 2
      i32.shl
      local.tee $0
      local.get $1
      i32.add
      local.tee $6
      v128.load
      local.get $0
      local.get $2
      i32.add
      local.tee $0
      v128.load
      f32x4.ge
      local.get $6
      v128.load offset=16
      local.get $0
      v128.load offset=16
      f32x4.ge
      i16x8.narrow_i32x4_s
      local.get $6
      v128.load offset=32
      local.get $0
      v128.load offset=32
      f32x4.ge
      local.get $6
      v128.load offset=48
      local.get $0
      v128.load offset=48
      f32x4.ge
      i16x8.narrow_i32x4_s
      i8x16.narrow_i16x8_s
      v128.const i32x4 0x01010101 0x01010101 0x01010101 0x01010101
      v128.and
      v128.store
      local.get $5
      i32.const 16
      i32.add
      local.set $5
      br $for-loop|23
     end
    end
    br $break|0
   end
   loop $for-loop|25
    local.get $4
    local.get $5
    i32.gt_s
    if
     local.get $5
     i32.const 2
     i32.shl
     local.tee $6
     local.get $3
     i32.add
     local.get $0
     local.get $1
     local.get $6
     i32.add
     f32.load
     f64.promote_f32
     local.get $2
     local.get $6
     i32.add
     f32.load
     f64.promote_f32
     call $src/kernels/wasm/assembly/scalar/binary64
     f32.demote_f64
     f32.store
     local.get $5
     i32.const 1
     i32.add
     local.set $5
     br $for-loop|25
    end
   end
  end
 )
)
