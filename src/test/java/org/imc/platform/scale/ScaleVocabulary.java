package org.imc.platform.scale;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.imc.platform.base.SubProgramme;

/**
 * What generated municipalities and users are made of: about sixty countries of the network with
 * their regions, languages and rough position, place names in the style of each country, and
 * typical needs and offers per sub-programme.
 */
final class ScaleVocabulary {

    /** A country: its share of municipalities (weight), position, spread in degrees, name style. */
    record Country(
            String name,
            double latitude,
            double longitude,
            double spread,
            int weight,
            NameStyle style,
            List<String> languages,
            List<String> regions) {}

    /** Place names as prefix + first part + second part + suffix; empty entries make a part optional. */
    record NameStyle(List<String> prefixes, List<String> firsts, List<String> seconds, List<String> suffixes) {

        String name(Random random) {
            return pick(random, prefixes) + pick(random, firsts) + pick(random, seconds) + pick(random, suffixes);
        }
    }

    private static final Map<String, NameStyle> STYLES = Map.ofEntries(
            Map.entry(
                    "anglo",
                    style(
                            ",,,,,,New ,Port ,Mount ,Saint ",
                            "Ash,Brook,Clay,Green,Hamp,Kings,Lang,Mill,North,Oak,Red,Shel,Stan,Thorn,West,East,Whit,Fair,"
                                    + "Black,Wood,Glen,Bridge,Rose,Spring,Ald,Bel,Carl,Dun,Elm,Hol",
                            "ton,field,ford,wood,dale,bury,ham,ley,well,wick,more,port,view,hill,mouth,stead,bourne,worth,"
                                    + "gate,vale,by,combe,land,side",
                            ",,,,,, Town, Heights, Park, Bay, Village, Parish")),
            Map.entry(
                    "francophone",
                    style(
                            ",,,,,Saint-,Sainte-,Le ,La ",
                            "Beau,Belle,Bois,Champ,Clair,Font,Grand,Mont,Mar,Ros,Val,Bel,Roche,Saul,Lan,Mais,Ver,Char,Bour,"
                                    + "Cour,Ville,Mon,Pont,Riv",
                            "mont,ville,court,lieu,fort,champ,bourg,mare,val,lac,noix,roche,pierre,font,nay,gny,ac,y,"
                                    + "erre,ois",
                            ",,,,,,-sur-Mer,-la-Rivière,-les-Bains, Nord, Sud")),
            Map.entry(
                    "sahel",
                    style(
                            "",
                            "Ba,Bou,Da,Dia,Fa,Ka,Kou,Ma,Ndi,Sa,Ti,Tou,Ya,Zi,Gou,Lo,Ko,Ou,Sé,Bo,Man,Kan,Dé,Né",
                            "mako,gou,dougou,bougou,kro,soko,tenga,fara,bé,ni,ré,koro,ssa,mbé,kaha,dara,lé,nda,kar,ssé,"
                                    + "fing,nké",
                            ",,,,,, Centre, Commune,-Ville, Nord, Sud")),
            Map.entry(
                    "westafrica",
                    style(
                            ",,,,,,,New ",
                            "A,Ak,Ade,Aba,Ku,Nkwa,Obu,Oyo,Ike,Eku,Asa,Te,Bo,Ke,Ogb,Ife,Ilo,Awo,Agu,Olu,Ose,Ka,Ada,Uyo,Wa,Nsa",
                            "sua,nta,kuta,ja,rin,beokuta,mosho,dom,ase,nkwa,bu,wa,ko,ala,ode,ugu,dada,ese,mpong,man,kwa,"
                                    + "tiri,du,gbo",
                            ",,,,,,, North, South, East, West, Central, Municipal")),
            Map.entry(
                    "eastafrica",
                    style(
                            "",
                            "Ki,Ma,Nya,Mu,Bu,Ka,Lu,Mwa,Ru,Ga,Nai,Ken,Mbu,Shi,Ngo,Tu,Mo,Ise,Ki,Ba,Li,Ngu,Tha,Em",
                            "sumu,kuru,ndani,gombe,rugi,samba,lolo,vumbi,wanza,tenga,bale,hinda,nyagi,ronga,wami,liro,kamba,"
                                    + "rembe,goti,sese,thika,yuki",
                            ",,,,,, Town, Municipality, North, South")),
            Map.entry(
                    "southernafrica",
                    style(
                            ",,,,,,,Port ,Fort ",
                            "Em,Kwa,Ma,Mo,Ntu,Bula,Lu,Cho,Mzi,Um,Phu,Tsho,Seke,Kha,Ga,Ha,Thaba,Mafi,Lo,Ba,Si,Ze",
                            "langeni,hlanga,kosi,lolo,thebe,zima,mbe,wayo,shana,nzi,tshe,lala,bane,sizwe,langa,phane,koma,"
                                    + "tlhe,hani,rapo",
                            ",,,,,, Township, Local Municipality, Town, North, South")),
            Map.entry(
                    "lusophone",
                    style(
                            "",
                            "Vila,Porto,Campo,Serra,Rio,Barra,Lagoa,Ponte,Santa Rita,São João,São Pedro,Santo António,"
                                    + "Nova,Monte,Cruz,Ribeira,Feira,Boa Vista,Alto,Areia,Pedra,Vale,Santa Luzia,São Miguel",
                            " Alegre, Grande, Seguro, Verde, Bonito, Novo, do Sul, do Norte, das Flores, da Serra, dos Reis,"
                                    + " de Minas, da Mata, do Mar, Velho, Branco, Formoso, Dourado",
                            ",,,,,, de Baixo, de Cima, da Boa Vista, do Campo, da Praia")),
            Map.entry(
                    "hispanic",
                    style(
                            "",
                            "San José,San Juan,Santa Cruz,Villa,Puerto,Río,Santa Ana,San Pedro,Nueva,Valle,Cerro,Monte,"
                                    + "Santa María,San Miguel,Agua,Piedra,San Antonio,Santa Rosa,Ciudad,Playa,Loma,San Luis",
                            " Grande, Nuevo, Alto, Verde, del Mar, del Sol, de la Sierra, Hondo, Blanco, de Oro,"
                                    + " de las Flores, del Río, Viejo, Claro, Bonito, de la Vega",
                            ",,,,,, de Abajo, de Arriba, del Norte, del Sur, de la Costa")),
            Map.entry(
                    "ethiopia",
                    style(
                            "",
                            "Ad,Bah,Deb,Gon,Mek,Haw,Jim,Dir,Des,Aso,Hos,Sod,Wol,Ark,Neke,Ale,Bule,Adi,Sho,Gam,Dil,Woli",
                            "ama,ire,dar,ele,assa,sie,ena,aba,ita,emte,kita,abor,minch,egna,aita,ado,ela,ebo",
                            ",,,,,, Zuria, Ketema, Town")),
            Map.entry(
                    "maghreb",
                    style(
                            "",
                            "Aït,Sidi,Ben,Oued,Bir,Ain,Dar,Ksar,Bab,Douar,Tizi,Hammam,Kafr,Beni,Tell,Ras",
                            " Amar, Slimane, Ali, Zem, Tazi, Bennour, Kacem, Rahal, Ouzou, Lif, Bouzid, Mellal, Hassan,"
                                    + " Idir, Yahia, El Ma, Zitoun, Saïd, Moussa, El Kebir",
                            ",,,,,, Centre, Nord, Sud, El Jadida")),
            Map.entry(
                    "malagasy",
                    style(
                            "",
                            "Amba,Anta,Ambo,Anka,Fiana,Mahaja,Toa,Tsi,Ambi,Mora,Ando,Ifa,Mana,Sako",
                            "tondrazaka,nanarivo,sirabe,lava,masina,rantsoa,mahasoa,fotsy,mena,be,kely,rano,vato,tsara",
                            ",,,,, Atsimo, Avaratra, Ville")),
            Map.entry(
                    "dutch",
                    style(
                            ",,,,,,,Nieuw-,Oud-",
                            "Zand,Berg,Haar,Hoog,Oost,West,Zuid,Noord,Groen,Broek,Wijk,Vlaar,Dor,Del,Leid,Alk,Beek,Ros,Has,Wa",
                            "voort,dam,dorp,veen,meer,drecht,hoven,wijk,kerk,huizen,woude,stein,berg,broek,haven,loo,sel,"
                                    + "endaal",
                            ",,,,,, aan Zee, aan den Rijn, Noord, Zuid")));

    // name|latitude|longitude|spread|weight|style|languages|regions
    private static final String COUNTRIES = """
            Ghana|7.9|-1.0|2.0|3|westafrica|English, Twi, Ewe, Ga|Greater Accra;Ashanti;Central Region;Volta;Northern;Western
            Nigeria|9.1|8.7|4.0|6|westafrica|English, Hausa, Yoruba, Igbo|Lagos;Oyo;Enugu;Kano;Rivers;Kaduna;Anambra
            Sierra Leone|8.5|-11.8|1.0|1|westafrica|English, Krio|Western Area;Northern Province;Southern Province;Eastern Province
            Liberia|6.4|-9.4|1.0|1|westafrica|English|Montserrado;Nimba;Bong;Margibi
            Gambia|13.4|-15.3|0.3|1|westafrica|English, Mandinka, Wolof|Banjul;West Coast;North Bank;Central River
            Senegal|14.5|-14.5|1.5|2|sahel|French, Wolof, Pulaar|Dakar;Thiès;Saint-Louis;Ziguinchor;Kaolack
            Côte d'Ivoire|7.5|-5.5|2.0|2|sahel|French, Dioula, Baoulé|Abidjan;Yamoussoukro;Bas-Sassandra;Savanes;Vallée du Bandama
            Mali|14.0|-5.0|3.0|1|sahel|French, Bambara|Bamako;Ségou;Sikasso;Mopti;Kayes
            Burkina Faso|12.2|-1.6|2.0|1|sahel|French, Mooré, Dioula|Centre;Hauts-Bassins;Nord;Est;Boucle du Mouhoun
            Benin|9.3|2.3|1.5|1|sahel|French, Fon, Yoruba|Littoral;Ouémé;Atlantique;Borgou;Zou
            Togo|8.6|0.8|1.0|1|sahel|French, Ewe, Kabiyè|Maritime;Plateaux;Centrale;Kara;Savanes
            Cameroon|6.0|12.4|2.5|2|sahel|French, English, Fulfulde|Centre;Littoral;Nord-Ouest;Sud-Ouest;Ouest;Extrême-Nord
            Kenya|0.0|37.9|2.5|3|eastafrica|English, Swahili|Nairobi County;Mombasa County;Kisumu County;Nakuru County;Kiambu County;Machakos County
            Uganda|1.4|32.3|1.5|2|eastafrica|English, Luganda, Swahili|Central Region;Eastern Region;Northern Region;Western Region
            Tanzania|-6.4|34.9|3.5|3|eastafrica|Swahili, English|Dar es Salaam;Arusha;Mwanza;Dodoma;Mbeya;Kilimanjaro
            Rwanda|-1.9|29.9|0.5|1|eastafrica|Kinyarwanda, English, French|Kigali;Southern Province;Northern Province;Eastern Province;Western Province
            Burundi|-3.4|29.9|0.5|1|eastafrica|Kirundi, French|Bujumbura;Gitega;Ngozi;Muyinga
            DR Congo|-4.0|21.8|5.0|2|eastafrica|French, Lingala, Swahili|Kinshasa;Kongo-Central;Haut-Katanga;Nord-Kivu;Kasaï;Tshopo
            Ethiopia|9.1|39.5|3.5|3|ethiopia|Amharic, Oromo, English|Addis Ababa;Amhara;Oromia;Tigray;Sidama;Southern Nations
            Zambia|-13.1|27.8|3.0|2|southernafrica|English, Bemba, Nyanja|Lusaka Province;Copperbelt;Southern Province;Eastern Province;Northern Province
            Malawi|-13.3|34.0|1.5|1|southernafrica|English, Chichewa|Central Region;Southern Region;Northern Region
            Zimbabwe|-19.0|29.2|2.0|2|southernafrica|English, Shona, Ndebele|Harare;Bulawayo;Manicaland;Masvingo;Midlands
            South Africa|-29.0|25.0|4.0|4|southernafrica|English, isiZulu, isiXhosa, Afrikaans|Gauteng;KwaZulu-Natal;Western Cape;Eastern Cape;Limpopo;Mpumalanga
            Namibia|-22.6|17.1|2.5|1|southernafrica|English, Oshiwambo, Afrikaans|Khomas;Erongo;Oshana;Otjozondjupa
            Botswana|-22.3|24.7|2.5|1|southernafrica|English, Setswana|South-East;Central;North-West;Kgatleng
            Mozambique|-18.7|35.5|4.0|2|lusophone|Portuguese, Makhuwa, Changana|Maputo;Sofala;Nampula;Zambezia;Inhambane
            Angola|-11.2|17.9|4.0|2|lusophone|Portuguese, Umbundu, Kimbundu|Luanda;Benguela;Huambo;Huíla;Cabinda
            Cabo Verde|15.1|-23.6|0.3|1|lusophone|Portuguese, Cape Verdean Creole|Santiago;São Vicente;Santo Antão;Fogo
            Madagascar|-18.8|46.9|3.0|1|malagasy|Malagasy, French|Analamanga;Atsinanana;Boeny;Haute Matsiatra;Vakinankaratra
            Morocco|31.8|-7.1|2.5|2|maghreb|Arabic, Tamazight, French|Casablanca-Settat;Rabat-Salé-Kénitra;Marrakech-Safi;Fès-Meknès;Souss-Massa
            Algeria|34.0|3.0|2.5|1|maghreb|Arabic, Tamazight, French|Alger;Oran;Constantine;Tizi Ouzou;Sétif
            Tunisia|35.0|9.5|1.5|1|maghreb|Arabic, French|Tunis;Sfax;Sousse;Nabeul;Bizerte
            Egypt|28.0|31.0|3.0|2|maghreb|Arabic, English|Cairo;Alexandria;Giza;Aswan;Luxor
            Jamaica|18.1|-77.3|0.5|2|anglo|English, Jamaican Patois|Surrey;Middlesex;Cornwall
            Barbados|13.2|-59.5|0.1|1|anglo|English, Bajan|Saint Michael;Christ Church;Saint James;Saint Philip
            Trinidad and Tobago|10.5|-61.3|0.3|1|anglo|English|Port of Spain;San Fernando;Chaguanas;Tobago
            Guyana|5.5|-58.9|1.5|1|anglo|English, Guyanese Creole|Demerara-Mahaica;East Berbice-Corentyne;Essequibo Islands-West Demerara
            Bahamas|24.5|-77.5|1.0|1|anglo|English|New Providence;Grand Bahama;Abaco;Eleuthera
            Belize|17.2|-88.5|0.8|1|anglo|English, Kriol, Spanish|Belize District;Cayo;Orange Walk;Stann Creek
            Saint Lucia|13.9|-61.0|0.1|1|anglo|English, Saint Lucian Creole|Castries;Gros Islet;Vieux Fort;Soufrière
            Grenada|12.1|-61.7|0.1|1|anglo|English|Saint George;Saint Andrew;Saint David
            United States|37.0|-90.0|6.0|5|anglo|English, Spanish|Georgia;Alabama;Mississippi;Louisiana;Maryland;New York;Illinois;Texas
            Canada|45.5|-75.0|4.0|3|anglo|English, French|Ontario;Quebec;Nova Scotia;Alberta;British Columbia
            United Kingdom|53.0|-2.0|1.5|3|anglo|English|Greater London;West Midlands;Greater Manchester;West Yorkshire;Merseyside
            Haiti|19.0|-72.3|0.8|2|francophone|French, Haitian Creole|Ouest;Nord;Artibonite;Sud;Centre
            France|46.6|2.2|3.0|3|francophone|French|Île-de-France;Auvergne-Rhône-Alpes;Provence-Alpes-Côte d'Azur;Occitanie;Hauts-de-France
            Belgium|50.6|4.5|0.7|1|francophone|French, Dutch|Bruxelles-Capitale;Wallonie;Flandre
            Netherlands|52.1|5.3|0.8|2|dutch|Dutch, English|Noord-Holland;Zuid-Holland;Utrecht;Noord-Brabant;Gelderland
            Suriname|4.5|-55.5|1.0|1|dutch|Dutch, Sranan Tongo|Paramaribo;Wanica;Commewijne;Nickerie
            Brazil|-12.0|-45.0|7.0|5|lusophone|Portuguese|Bahia;Pernambuco;Rio de Janeiro;São Paulo;Minas Gerais;Maranhão;Pará
            Portugal|39.6|-8.2|1.5|2|lusophone|Portuguese|Lisboa;Porto;Setúbal;Faro;Braga
            Dominican Republic|18.8|-70.2|0.8|2|hispanic|Spanish|Distrito Nacional;Santiago;La Altagracia;San Cristóbal
            Cuba|21.5|-78.0|1.5|2|hispanic|Spanish|La Habana;Santiago de Cuba;Camagüey;Holguín;Matanzas
            Colombia|5.0|-74.5|3.0|3|hispanic|Spanish|Bolívar;Chocó;Valle del Cauca;Antioquia;Atlántico;Cauca
            Ecuador|-1.5|-78.5|1.5|1|hispanic|Spanish, Kichwa|Esmeraldas;Guayas;Pichincha;Manabí
            Peru|-10.0|-75.5|3.5|2|hispanic|Spanish, Quechua|Lima;Ica;Piura;Cusco;Arequipa
            Panama|8.5|-80.8|0.8|1|hispanic|Spanish|Panamá;Colón;Chiriquí;Bocas del Toro
            Costa Rica|9.9|-84.0|0.7|1|hispanic|Spanish|San José;Limón;Alajuela;Puntarenas
            Honduras|14.8|-86.8|1.0|1|hispanic|Spanish, Garifuna|Atlántida;Cortés;Francisco Morazán;Islas de la Bahía
            Mexico|20.5|-99.0|4.0|3|hispanic|Spanish|Veracruz;Guerrero;Oaxaca;Jalisco;Puebla;Yucatán
            Spain|40.0|-3.7|2.5|2|hispanic|Spanish|Andalucía;Cataluña;Madrid;Canarias;Comunidad Valenciana
            """;

    static final List<Country> COUNTRY_LIST =
            COUNTRIES.lines().map(ScaleVocabulary::country).toList();

    static final List<String> GIVEN_NAMES = split("Akosua,Kwame,Ama,Kofi,Yaw,Esi,Chidi,Ngozi,Amina,Ibrahim,Fatou,"
            + "Moussa,Aissatou,Wanjiru,Otieno,Achieng,Baraka,Neema,Tendai,Thabo,Lerato,Sipho,Zanele,Abebe,Selam,Marie,"
            + "Jean,Pierre,Ana,João,Maria,José,Luis,Carmen,Michelle,Delroy,Andre,Keisha,Marcus,Grace,Samuel,David,"
            + "Sarah,Omar,Lina,Tomás,Camille,Adwoa,Nia,Kwesi,Imani,Malik,Aaliyah,Rosa,Diego,Yasmin,Hassan,Mariam");

    static final List<String> FAMILY_NAMES = split("Mensah,Owusu,Boateng,Asante,Okafor,Adeyemi,Okonkwo,Diallo,Ndiaye,"
            + "Traoré,Koné,Kamau,Otieno,Mwangi,Banda,Phiri,Dlamini,Nkosi,Moyo,Tesfaye,Bekele,Campbell,Brown,Williams,"
            + "Baptiste,Joseph,Pierre,Silva,Santos,Pereira,Oliveira,García,Rodríguez,Martínez,Smith,Johnson,Jackson,"
            + "Dubois,Martin,Achebe,Sesay,Kamara,Mutua,Abdi,Haile,Nascimento,Charles,Thompson,Ferreira,Mendoza,Ali");

    private static final Map<SubProgramme, List<String>> NEEDS = new EnumMap<>(SubProgramme.class);
    private static final Map<SubProgramme, List<String>> OFFERS = new EnumMap<>(SubProgramme.class);

    static {
        resource(
                SubProgramme.TRANSPORTATION_INFRASTRUCTURE,
                "Planning support for a bus rapid transit corridor;Rehabilitation plan for the central bus terminal",
                "Experience running a bus rapid transit system;Traffic management centre staff exchange");
        resource(
                SubProgramme.SUSTAINABLE_AGRICULTURE,
                "Drip irrigation know-how for market gardens;Cold storage for the municipal market",
                "Urban farming cooperative model;Extension officers trained in agro-ecology");
        resource(
                SubProgramme.SOLID_WASTE_MANAGEMENT,
                "Household waste separation and collection routing;Closing and rehabilitating an open dump",
                "Composting plant run with local cooperatives;Collection fleet scheduling know-how");
        resource(
                SubProgramme.DRINKING_WATER,
                "Reducing non-revenue water in the piped network;Borehole siting and water quality testing",
                "Leak detection team for a staff exchange;Prepaid water kiosk programme");
        resource(
                SubProgramme.SANITATION,
                "Faecal sludge management for informal settlements;Design and operation of public toilets",
                "Community-led sanitation programme;Pit emptying service run with small enterprises");
        resource(
                SubProgramme.WASTEWATER_TREATMENT,
                "Feasibility study for a wastewater treatment plant;Operator training for a new treatment plant",
                "Constructed wetland design experience;Laboratory for effluent testing");
        resource(
                SubProgramme.GIS_GPS_INTERNET_PLATFORMS,
                "Digital address system and street naming;GIS mapping of properties for rates",
                "Open-source GIS training for planners;Citizen reporting app");
        resource(
                SubProgramme.ROAD_INFRASTRUCTURE,
                "Road condition survey and maintenance plan;Storm drainage along feeder roads",
                "Labour-based road maintenance method;Pavement management system");
        resource(
                SubProgramme.EDUCATIONAL_INFRASTRUCTURE,
                "Classroom construction standards;Solar power for rural schools",
                "School building designs using local materials;School maintenance programme");
        resource(
                SubProgramme.AFFORDABLE_HOUSING,
                "Upgrading an informal settlement;Low-cost housing finance scheme",
                "Social housing finance and allocation experience;Compressed earth block production");
        resource(
                SubProgramme.ICT_DISTANCE_LEARNING,
                "Online training for municipal finance staff;Internet access for community learning centres",
                "Municipal e-learning platform and course authors;Distance courses in revenue collection");
        resource(
                SubProgramme.OPERATION_MAINTENANCE,
                "Asset register for municipal infrastructure;Maintenance planning for water pumps",
                "Preventive maintenance system for water utilities;Fleet maintenance workshop training");
        resource(
                SubProgramme.FINANCING_MECHANISMS,
                "Structuring a municipal infrastructure fund;Raising own-source revenue",
                "Municipal bond issuance experience;Property tax reform experience");
        resource(
                SubProgramme.INDIGENOUS_TECHNOLOGIES,
                "Documenting traditional building techniques;Reviving traditional water harvesting",
                "Traditional rainwater harvesting know-how;Craft cooperatives using local materials");
    }

    private ScaleVocabulary() {}

    static String need(SubProgramme subProgramme, Random random) {
        return pick(random, NEEDS.get(subProgramme));
    }

    static String offer(SubProgramme subProgramme, Random random) {
        return pick(random, OFFERS.get(subProgramme));
    }

    static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static void resource(SubProgramme subProgramme, String needs, String offers) {
        NEEDS.put(subProgramme, List.of(needs.split(";")));
        OFFERS.put(subProgramme, List.of(offers.split(";")));
    }

    private static Country country(String line) {
        String[] f = line.split("\\|");
        NameStyle style = STYLES.get(f[5]);
        if (style == null) {
            throw new IllegalStateException("unknown name style " + f[5]);
        }
        return new Country(
                f[0],
                Double.parseDouble(f[1]),
                Double.parseDouble(f[2]),
                Double.parseDouble(f[3]),
                Integer.parseInt(f[4]),
                style,
                split(f[6]),
                List.of(f[7].split(";")));
    }

    private static NameStyle style(String prefixes, String firsts, String seconds, String suffixes) {
        return new NameStyle(parts(prefixes), parts(firsts), parts(seconds), parts(suffixes));
    }

    /** Comma-separated parts, keeping empty and space-led entries as they are. */
    private static List<String> parts(String csv) {
        return List.of(csv.split(",", -1));
    }

    private static List<String> split(String csv) {
        return Arrays.stream(csv.split(",")).map(String::strip).toList();
    }
}
