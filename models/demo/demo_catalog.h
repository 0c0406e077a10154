#pragma once

// The fixed inputs of the demo situation (sync/demo/demo_situation.cpp): who shares, who attacks,
// with which ATT&CK techniques, and what the sensors say. Organisations, actors and campaigns are
// fictional; ATT&CK technique ids and names, CVE ids and sensor rule names are real. Network
// indicators stay in documentation space (RFC 5737 addresses, names below example.net).

#include <array>
#include <cstdint>

namespace lagebild::demo {

struct Partner {
    const char* name;
    const char* identityClass;
    const char* sector;
    const char* description;
};
inline constexpr Partner kPartners[] = {
    {"Aurora Threat Intelligence - Early Warning Service", "organization", "technology",
     "Commercial early-warning service (fictional, demo data): prioritised vulnerability and campaign warnings with "
     "remediation advice."},
    {"National CERT (demo)", "organization", "government-national",
     "National computer emergency response team (fictional, demo data)."},
    {"Energy Sector ISAC (demo)", "organization", "energy",
     "Information sharing and analysis centre of the energy sector (fictional, demo data)."},
};

struct Technique {
    const char* id; // ATT&CK technique id
    const char* name;
    const char* tactic; // kill-chain phase
};
inline constexpr Technique kTechniques[] = {
    {"T1566.001", "Spearphishing Attachment", "initial-access"},
    {"T1566.002", "Spearphishing Link", "initial-access"},
    {"T1190", "Exploit Public-Facing Application", "initial-access"},
    {"T1133", "External Remote Services", "initial-access"},
    {"T1078", "Valid Accounts", "defense-evasion"},
    {"T1110.003", "Password Spraying", "credential-access"},
    {"T1059.001", "PowerShell", "execution"},
    {"T1204.002", "Malicious File", "execution"},
    {"T1053.005", "Scheduled Task", "persistence"},
    {"T1547.001", "Registry Run Keys / Startup Folder", "persistence"},
    {"T1218.011", "Rundll32", "defense-evasion"},
    {"T1027", "Obfuscated Files or Information", "defense-evasion"},
    {"T1003.001", "LSASS Memory", "credential-access"},
    {"T1021.001", "Remote Desktop Protocol", "lateral-movement"},
    {"T1071.001", "Web Protocols", "command-and-control"},
    {"T1071.004", "DNS", "command-and-control"},
    {"T1105", "Ingress Tool Transfer", "command-and-control"},
    {"T1041", "Exfiltration Over C2 Channel", "exfiltration"},
    {"T1567.002", "Exfiltration to Cloud Storage", "exfiltration"},
    {"T1486", "Data Encrypted for Impact", "impact"},
    {"T1490", "Inhibit System Recovery", "impact"},
    {"T1498", "Network Denial of Service", "impact"},
};

struct Actor {
    const char* name;
    const char* alias;
    const char* type; // threat_actor_types
    const char* sophistication;
    const char* motivation;
    const char* description;
};
inline constexpr Actor kActors[] = {
    {"GHOST LYNX", "TA-Lynx", "nation-state", "expert", "organizational-gain",
     "State-sponsored espionage group targeting public administrations and ministries in Europe (fictional)."},
    {"COPPER HAWK", "Hawk Spider", "crime-syndicate", "advanced", "personal-gain",
     "Ransomware affiliate group exploiting edge devices and remote access (fictional)."},
    {"NIGHT HERON", "UNC-Heron", "nation-state", "advanced", "organizational-gain",
     "Group pre-positioning in energy-sector networks through exposed VPN and webmail services (fictional)."},
    {"SAND VIPER", "DDoSia-like", "hacktivist", "intermediate", "ideology",
     "Hacktivist collective running denial-of-service waves against government portals (fictional)."},
};

struct Vulnerability {
    const char* cve;
    const char* name;
};
inline constexpr Vulnerability kVulnerabilities[] = {
    {"CVE-2024-3400", "PAN-OS GlobalProtect command injection"},
    {"CVE-2023-4966", "Citrix NetScaler ADC session token leak (Citrix Bleed)"},
    {"CVE-2023-34362", "MOVEit Transfer SQL injection"},
};

struct Campaign {
    const char* name;
    int actor;
    const char* objective;
    std::array<int, 6> techniques; // indexes into kTechniques, -1 = none
    int firstDay;                  // activity window inside the 30 days (0 = the oldest day)
    int lastDay;
    int vulnerability; // index into kVulnerabilities, -1 = none
    const char* slug;  // names its infrastructure below example.net
    const char* malware;
    const char* malwareType;
};
inline constexpr Campaign kCampaigns[] = {
    {"Operation WINTER POST",
     0,
     "Credential theft and espionage against ministries through invoice-themed phishing",
     {0, 1, 6, 9, 14, 17},
     2,
     26,
     -1,
     "winterpost",
     "PostBear loader",
     "loader"},
    {"Operation EDGE BREAKER",
     1,
     "Ransomware deployment after exploitation of firewall and VPN appliances",
     {2, 16, 12, 13, 19, 20},
     10,
     29,
     0,
     "edgebreaker",
     "HawkLock ransomware",
     "ransomware"},
    {"Operation QUIET GRID",
     2,
     "Long-term access to energy-sector operators through remote services",
     {3, 4, 5, 15, 18, 10},
     0,
     21,
     1,
     "quietgrid",
     "GridTap backdoor",
     "backdoor"},
    {"Operation LOUD CHORUS",
     3,
     "Denial-of-service waves against public-sector web portals",
     {21, -1, -1, -1, -1, -1},
     18,
     29,
     -1,
     "loudchorus",
     "",
     ""},
};

struct CourseOfAction {
    const char* name;
    const char* description;
    int technique; // mitigates this technique (index into kTechniques), -1 = none
};
inline constexpr CourseOfAction kCoursesOfAction[] = {
    {"Block campaign indicators at the perimeter",
     "Add the indicators of this warning to the firewall, proxy and DNS block lists and alert on hits.", -1},
    {"Quarantine invoice-themed attachments",
     "Quarantine mail with ISO, IMG, LNK and macro-enabled attachments from external senders for sandbox review.", 0},
    {"Restrict PowerShell", "Enforce Constrained Language Mode and script block logging on clients.", 6},
    {"Patch PAN-OS GlobalProtect (CVE-2024-3400)",
     "Install the fixed PAN-OS release on all GlobalProtect gateways and check them for signs of compromise.", 2},
    {"Rotate NetScaler sessions (CVE-2023-4966)",
     "After patching NetScaler ADC, kill all active and persistent sessions so stolen tokens stop working.", 3},
    {"Enforce MFA on remote access", "Require phishing-resistant multi-factor authentication for VPN, webmail and RDP.", 5},
    {"Protect LSASS", "Enable Credential Guard and LSA protection; alert on handles to lsass.exe.", 12},
    {"Keep offline backups", "Keep immutable, offline backups of critical systems and test restoring them.", 19},
    {"Prepare DDoS mitigation", "Confirm upstream scrubbing with the provider and rate limits on public portals.", 21},
};

struct Signature {
    const char* name;
    const char* id;
    const char* category;
    int severity; // 1 highest .. 4
    const char* appProto;
    int technique; // Sigma: index into kTechniques, -1 = none
};
// Background noise per sensor, and rules that fire on campaign infrastructure.
inline constexpr Signature kSuricataNoise[] = {
    {"ET SCAN Suspicious inbound to MSSQL port 1433", "2010935", "Potentially Bad Traffic", 2, "", -1},
    {"ET SCAN Potential SSH Scan", "2001219", "Attempted Information Leak", 2, "ssh", -1},
    {"ET POLICY Outgoing Basic Auth Base64 HTTP Password detected unencrypted", "2006380",
     "Potential Corporate Privacy Violation", 1, "http", -1},
    {"ET INFO Observed DNS Query to .cloud TLD", "2027865", "Potentially Bad Traffic", 3, "dns", -1},
    {"ET POLICY Dropbox.com Offsite File Backup in Use", "2012647", "Potential Corporate Privacy Violation", 3, "tls", -1},
    {"SURICATA STREAM ESTABLISHED packet out of window", "2210020", "Generic Protocol Command Decode", 3, "", -1},
    {"ET INFO HTTP Request to a *.top domain", "2023882", "Potentially Bad Traffic", 2, "http", -1},
    {"GPL ICMP_INFO PING *NIX", "2100366", "Misc activity", 3, "", -1},
};
inline constexpr Signature kSuricataThreat[] = {
    {"ET MALWARE Cobalt Strike Beacon Observed", "2032749", "A Network Trojan was detected", 1, "http", -1},
    {"ET INFO Suspicious Domain Lookup (campaign infrastructure)", "2044120", "Potentially Bad Traffic", 2, "dns", -1},
    {"ET MALWARE Observed Malicious SSL Cert (C2)", "2035301", "A Network Trojan was detected", 1, "tls", -1},
    {"ET EXPLOIT Palo Alto PAN-OS GlobalProtect Command Injection (CVE-2024-3400)", "2052121",
     "Attempted Administrator Privilege Gain", 1, "http", -1},
};
inline constexpr Signature kZeekNoise[] = {
    {"Scan::Port_Scan", "Scan::Port_Scan", "Scan", 3, "", -1},
    {"SSL::Invalid_Server_Cert", "SSL::Invalid_Server_Cert", "SSL", 3, "ssl", -1},
    {"SSH::Password_Guessing", "SSH::Password_Guessing", "SSH", 2, "ssh", -1},
    {"HTTP::SQL_Injection_Attacker", "HTTP::SQL_Injection_Attacker", "HTTP", 2, "http", -1},
    {"Weird::Activity", "Weird::Activity", "Weird", 4, "", -1},
};
inline constexpr Signature kZeekThreat[] = {
    {"Intel::Notice", "Intel::Notice", "Intel", 2, "dns", -1},
};
inline constexpr Signature kSigmaRules[] = {
    {"Suspicious Encoded PowerShell Command Line", "ca2092a1-c273-4878-9b4b-0d60115bf5ea", "process_creation", 2, "", 6},
    {"Scheduled Task Creation Via Schtasks.EXE", "92626ddd-662c-49e3-ac59-f6535f12d189", "process_creation", 3, "", 8},
    {"Potential LSASS Process Dump Via Comsvcs DLL", "646ea171-dded-4578-8a4d-65e9822892e3", "process_creation", 1, "", 12},
    {"Rundll32 Execution Without Parameters", "5bb68627-3198-40ca-b458-49f973db8752", "process_creation", 3, "", 10},
    {"CurrentVersion Autorun Keys Modification", "17f878b8-9968-4578-b814-c4217fc5768c", "registry_set", 3, "", 9},
    {"Shadow Copies Deletion Using Operating Systems Utilities", "c947b146-0abc-4c87-9c64-b17e9d7274a8", "process_creation", 1,
     "", 20},
};

inline constexpr const char* kInternalHosts[] = {"10.20.1.", "10.20.2.", "10.30.5.", "10.40.8.", "172.16.10."};
// The SOC analysts who worked the demo queue (the audit log's "who" of its status changes).
inline constexpr const char* kAnalysts[] = {"a.becker", "m.schulz", "j.nowak", "l.martin"};
inline constexpr const char* kUsers[] = {"mkeller", "aschmidt", "jdupont", "lmartin", "svc_backup", "tweber"};
inline constexpr const char* kHostNames[] = {"WS-FIN-014", "WS-HR-003", "SRV-FILE-01", "WS-IT-022", "SRV-APP-07", "WS-MIN-101"};

} // namespace lagebild::demo
